package com.decisionchain.analytics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.decisionchain.analytics.AnalyticsViews.CoverageJson;
import com.decisionchain.analytics.AnalyticsViews.PortfolioPage;
import com.decisionchain.analytics.AnalyticsViews.TrustScoreView;
import com.decisionchain.analytics.CoverageService.Analysis;
import com.decisionchain.analytics.CoverageService.PortfolioFilter;
import com.decisionchain.common.ApiException;
import com.decisionchain.common.Ids;
import com.decisionchain.common.PagingConfig;
import com.decisionchain.common.QueryNumbers;
import com.decisionchain.coverage.Severity;
import com.decisionchain.opportunity.CommitteeMember;
import com.decisionchain.opportunity.OpportunityStage;
import com.decisionchain.taxonomy.RoleTaxonomyService;
import com.decisionchain.tenancy.Access;
import com.decisionchain.tenancy.Caller;

/** REST analytics: trust, coverage, the risk-ranked portfolio and the decision-chain matrix export. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics")
@SecurityRequirement(name = "jwt")
public class AnalyticsResource {

    private static final String AS_OF_DOC = "ISO-8601 instant with offset (default now; at most one day ahead)";

    private final TrustService trust;
    private final CoverageService coverage;
    private final RoleTaxonomyService taxonomy;
    private final AnalyticsConfig config;
    private final PagingConfig paging;
    private final Caller caller;

    public AnalyticsResource(TrustService trust, CoverageService coverage, RoleTaxonomyService taxonomy,
            AnalyticsConfig config, PagingConfig paging, Caller caller) {
        this.trust = trust;
        this.coverage = coverage;
        this.taxonomy = taxonomy;
        this.config = config;
        this.paging = paging;
        this.caller = caller;
    }

    @GET
    @Path("/stakeholders/{id}/trust")
    @Operation(summary = "A stakeholder's trust score with its components, raw signals and the settings used",
            description = "Across all the stakeholder's deals, or within one opportunity at their account. Viewer and up.")
    @APIResponse(responseCode = "200", description = "The TrustScore shape of the GraphQL schema, plus `settings`")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: bad asOf, or an opportunity at another account")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such stakeholder or opportunity")
    public TrustScoreView trust(@PathParam("id") String id,
            @Parameter(description = "Score within this opportunity") @QueryParam("opportunityId") String opportunityId,
            @Parameter(description = AS_OF_DOC) @QueryParam("asOf") String asOf) {
        caller.require(Access.READ);
        Instant at = AsOf.parse(asOf, config.maxAsOfAhead());
        return trust.ofStakeholder(Ids.require("Stakeholder", id), blankToNull(opportunityId), at);
    }

    @GET
    @Path("/opportunities/{id}/coverage")
    @Operation(summary = "How well the decision chain of an opportunity is covered, its risks and next actions",
            description = "Members are listed as {id, stakeholderId, fullName}. Viewer and up.")
    @APIResponse(responseCode = "200", description = "The Coverage shape of the GraphQL schema, plus `settings`")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: bad asOf")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such opportunity")
    public CoverageJson coverage(@PathParam("id") String id,
            @Parameter(description = AS_OF_DOC) @QueryParam("asOf") String asOf) {
        caller.require(Access.READ);
        Instant at = AsOf.parse(asOf, config.maxAsOfAhead());
        Analysis analysis = coverage.ofOpportunity(Ids.require("Opportunity", id), at);
        return CoverageJson.of(analysis.coverage(), analysis.settings().document());
    }

    @GET
    @Path("/coverage")
    @Operation(summary = "Open opportunities ranked riskiest first",
            description = "Order: worst risk severity, then weighted risk count (HIGH 9, MEDIUM 3, LOW 1), then lowest "
                    + "coverage score. `nextCursor` is null on the last page. Viewer and up.")
    @APIResponse(responseCode = "200", description = "{items, nextCursor, asOf, settings}")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: bad filter, cursor or asOf")
    public PortfolioPage portfolio(
            @Parameter(description = "An open stage") @QueryParam("stage") String stage,
            @QueryParam("ownerId") String ownerId,
            @Parameter(description = "Only opportunities with a risk at least this severe: LOW, MEDIUM or HIGH")
            @QueryParam("minSeverity") String minSeverity,
            @Parameter(description = "Page size (default 20, at most 100)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("first") String first,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("after") String after,
            @Parameter(description = AS_OF_DOC) @QueryParam("asOf") String asOf) {
        caller.require(Access.READ);
        Instant at = asOf == null || asOf.isBlank() ? null : AsOf.parse(asOf, config.maxAsOfAhead());
        int size = Math.min(QueryNumbers.atLeast("first", first, 0, paging.defaultSize()), paging.maxSize());
        PortfolioFilter filter = new PortfolioFilter(enumValue(OpportunityStage.class, "stage", stage),
                blankToNull(ownerId), enumValue(Severity.class, "minSeverity", minSeverity));
        return coverage.portfolio(filter, size, blankToNull(after), at);
    }

    @GET
    @Path("/opportunities/{id}/decision-chain.csv")
    @Produces("text/csv")
    @Operation(summary = "The decision-chain matrix as CSV (UTF-8 with BOM, formula-injection safe)",
            description = "Role, label, status, name, title, influence, stance, pain points, cadence, trust, last touch "
                    + "and next touch due; one row per member and role, one per role nobody holds. Rep and up.")
    @APIResponse(responseCode = "200", description = "text/csv; charset=UTF-8")
    @APIResponse(responseCode = "404", description = "NOT_FOUND: no such opportunity")
    public Response decisionChainCsv(@PathParam("id") String id,
            @Parameter(description = AS_OF_DOC) @QueryParam("asOf") String asOf) {
        caller.require(Access.READ_PII);
        Instant at = AsOf.parse(asOf, config.maxAsOfAhead());
        Analysis analysis = coverage.ofOpportunity(Ids.require("Opportunity", id), at);
        Map<UUID, CommitteeMember> rows = new HashMap<>();
        analysis.snapshot().members().forEach(member -> rows.put(member.id, member));
        Map<String, String> labels = new HashMap<>();
        taxonomy.roles().forEach(role -> labels.put(role.key(), role.labelZh() + " / " + role.labelEn()));
        String csv = DecisionChainCsv.write(analysis.coverage(), rows, analysis.snapshot().titles(), labels);
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"decision-chain-" + id + ".csv\"")
                .build();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
