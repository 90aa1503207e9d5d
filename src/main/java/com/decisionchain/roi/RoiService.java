package com.decisionchain.roi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.decisionchain.common.ApiException;
import com.decisionchain.common.ErrorCode;
import com.decisionchain.common.FieldError;
import com.decisionchain.common.Ids;
import com.decisionchain.opportunity.Opportunity;
import com.decisionchain.opportunity.OpportunityService;

/** ROI models: computed on request (REST) and saved on opportunities as scenarios (GraphQL). */
@ApplicationScoped
public class RoiService {

    /** Longest scenario name. */
    static final int MAX_NAME_LENGTH = 200;

    private final RoiCalculator calculator = new RoiCalculator();
    private final OpportunityService opportunities;
    private final RoiConfig config;

    public RoiService(OpportunityService opportunities, RoiConfig config) {
        this.opportunities = opportunities;
        this.config = config;
    }

    /** The request read from JSON and the result computed from it. */
    public record Computed(RoiRequest request, RoiResult result) {
    }

    /**
     * Reads and computes a JSON request; every problem is VALIDATION_FAILED with field paths under
     * {@code fieldPrefix} (empty for the REST body, {@code request.} for a GraphQL argument).
     */
    public Computed compute(byte[] json, String fieldPrefix) {
        RoiJson.Parsed parsed = RoiJson.read(json);
        if (parsed instanceof RoiJson.Parsed.Invalid invalid) {
            throw invalid(List.of(invalid.error()), fieldPrefix);
        }
        RoiRequest request = ((RoiJson.Parsed.Request) parsed).request();
        try {
            return new Computed(request, calculator.calculate(request));
        } catch (RoiValidationException rejected) {
            throw invalid(rejected.errors().stream().map(e -> new FieldError(e.field(), e.message())).toList(), fieldPrefix);
        }
    }

    private static ApiException invalid(List<FieldError> errors, String fieldPrefix) {
        List<FieldError> prefixed = errors.stream()
                .map(error -> new FieldError(prefixed(fieldPrefix, error.field()), error.message()))
                .toList();
        FieldError first = prefixed.get(0);
        String summary = first.field() + " " + first.message()
                + (prefixed.size() > 1 ? " (and " + (prefixed.size() - 1) + " more)" : "");
        return new ApiException(ErrorCode.VALIDATION_FAILED, summary, prefixed);
    }

    private static String prefixed(String prefix, String field) {
        if (prefix.isEmpty()) {
            return field;
        }
        return RoiJson.BODY.equals(field) ? prefix.substring(0, prefix.length() - 1) : prefix + field;
    }

    /** Computes {@code requestJson} and saves it with its result on the opportunity. */
    @Transactional
    public RoiScenario save(String opportunityId, String name, String requestJson, String createdBy) {
        Opportunity opportunity = opportunities.require(Ids.require("Opportunity", opportunityId));
        String trimmedName = name == null ? "" : name.strip();
        if (trimmedName.isEmpty() || trimmedName.length() > MAX_NAME_LENGTH) {
            throw ApiException.invalid("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        byte[] json = requestJson == null ? new byte[0] : requestJson.getBytes(StandardCharsets.UTF_8);
        if (json.length > config.maxBodyBytes()) {
            throw ApiException.invalid("request", "must not be longer than " + config.maxBodyBytes() + " bytes");
        }
        Computed computed = compute(json, "request.");
        RoiScenario scenario = new RoiScenario();
        scenario.opportunityId = opportunity.id;
        scenario.name = trimmedName;
        scenario.request = RoiJson.write(computed.request());
        scenario.result = new String(RoiJson.bytes(computed.result()), StandardCharsets.UTF_8);
        scenario.createdBy = createdBy;
        scenario.persist();
        scenario.flush();
        return scenario;
    }

    /** Scenarios of each opportunity, newest first. */
    public Map<UUID, List<RoiScenario>> byOpportunity(Collection<UUID> opportunityIds) {
        Map<UUID, List<RoiScenario>> found = new HashMap<>();
        if (!opportunityIds.isEmpty()) {
            RoiScenario.<RoiScenario> list("opportunityId in ?1 order by createdAt desc, id", opportunityIds)
                    .forEach(s -> found.computeIfAbsent(s.opportunityId, key -> new ArrayList<>()).add(s));
        }
        return found;
    }

    public Map<UUID, RoiScenario> byIds(Collection<UUID> ids) {
        Map<UUID, RoiScenario> found = new HashMap<>();
        if (!ids.isEmpty()) {
            RoiScenario.<RoiScenario> list("id in ?1", ids).forEach(s -> found.put(s.id, s));
        }
        return found;
    }

    /**
     * The scenario an interaction delivers: it must exist in this tenant, be delivered as a
     * {@code ROI_MODEL} asset, and belong to a deal of the interaction's account (to the
     * interaction's own deal when it has one).
     */
    public UUID requireDeliverable(String scenarioId, boolean roiModelDelivered, UUID accountId, UUID opportunityId) {
        String field = "input.roiScenarioId";
        if (!roiModelDelivered) {
            throw ApiException.invalid(field, "needs the ROI_MODEL asset among the interaction's assets");
        }
        RoiScenario scenario = RoiScenario.findById(Ids.require("RoiScenario", scenarioId));
        if (scenario == null) {
            throw ApiException.notFound("RoiScenario", scenarioId);
        }
        if (opportunityId != null ? !opportunityId.equals(scenario.opportunityId)
                : !accountId.equals(opportunities.require(scenario.opportunityId).accountId)) {
            throw ApiException.invalid(field, "must be a scenario of the interaction's opportunity or account");
        }
        return scenario.id;
    }
}
