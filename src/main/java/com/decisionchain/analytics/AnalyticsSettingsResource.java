package com.decisionchain.analytics;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.decisionchain.tenancy.Access;
import com.decisionchain.tenancy.Caller;

/** The tenant's analytics settings: weights, thresholds and windows of DESIGN §2. */
@Path("/api/v1/settings/analytics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics")
@SecurityRequirement(name = "jwt")
public class AnalyticsSettingsResource {

    private final AnalyticsSettingsService settings;
    private final Caller caller;

    public AnalyticsSettingsResource(AnalyticsSettingsService settings, Caller caller) {
        this.settings = settings;
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
    public AnalyticsSettingsDocument put(AnalyticsSettingsDocument document) {
        caller.require(Access.WRITE_SETTINGS);
        return settings.replace(document, caller.subject()).document();
    }
}
