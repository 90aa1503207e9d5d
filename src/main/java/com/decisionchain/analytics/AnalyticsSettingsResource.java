package com.decisionchain.analytics;

import java.util.stream.Collectors;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.decisionchain.common.ApiException;
import com.decisionchain.tenancy.Access;
import com.decisionchain.tenancy.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The tenant's analytics settings: weights, thresholds and windows of DESIGN §2. */
@Path("/api/v1/settings/analytics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics")
@SecurityRequirement(name = "jwt")
public class AnalyticsSettingsResource {

    private final AnalyticsSettingsService settings;
    private final ObjectMapper json;
    private final Caller caller;

    public AnalyticsSettingsResource(AnalyticsSettingsService settings, ObjectMapper json, Caller caller) {
        this.settings = settings;
        this.json = json;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The analytics settings in force (DESIGN's defaults until an admin saves others)",
            description = "Periods are whole days. Manager and admin.")
    public AnalyticsSettingsDocument get() {
        caller.require(Access.READ_SETTINGS);
        return settings.current().document();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the analytics settings with a complete document (the shape GET returns)",
            description = "Every member is required; weights must be non-negative and sum to 1 (trust weights and each "
                    + "stage's role weights), periods at least one day (staleMapAfterDays and blockerUntouchedAfterDays "
                    + "may be 0), score thresholds within 0-100 and rising. Admin only.")
    @APIResponse(responseCode = "200", description = "The saved settings")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED with one entry in errors[] per problem")
    public AnalyticsSettingsDocument put(
            @RequestBody(content = @Content(schema = @Schema(implementation = AnalyticsSettingsDocument.class)))
            String body) {
        caller.require(Access.WRITE_SETTINGS);
        return settings.replace(parse(body), caller.subject()).document();
    }

    /** Binds the body here, so a member of the wrong type is a VALIDATION_FAILED problem naming the member. */
    private AnalyticsSettingsDocument parse(String body) {
        try {
            return json.readValue(body, AnalyticsSettingsDocument.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : String.valueOf(reference.getIndex()))
                    .collect(Collectors.joining("."));
            throw ApiException.invalid(field.isEmpty() ? "body" : field, "has the wrong type or an unknown value");
        } catch (JsonProcessingException e) {
            throw ApiException.invalid("body", "is not valid JSON");
        }
    }
}
