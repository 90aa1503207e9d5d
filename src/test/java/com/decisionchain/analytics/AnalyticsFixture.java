package com.decisionchain.analytics;

import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.Map;

import com.decisionchain.support.GraphQL;

/** Builds decision maps through the public GraphQL API, as a client would, with business times pinned. */
final class AnalyticsFixture {

    private final String token;

    AnalyticsFixture(String token) {
        this.token = token;
    }

    String account(String name, int employees) {
        return mutate("createAccount(input: {name: " + str(name) + ", employeeCount: " + employees + ", externalIds: []}) { id }",
                "createAccount");
    }

    String stakeholder(String accountId, String fullName, String title) {
        return mutate("createStakeholder(input: {accountId: " + str(accountId) + ", fullName: " + str(fullName)
                + ", title: " + str(title) + "}) { id }", "createStakeholder");
    }

    String opportunity(String accountId, String name, String stage, Instant openedAt) {
        return mutate("createOpportunity(input: {accountId: " + str(accountId) + ", name: " + str(name) + ", stage: "
                + stage + ", openedAt: " + str(openedAt) + "}) { id }", "createOpportunity");
    }

    /** {@code extra}: more AssignRoleInput members, e.g. {@code cadence: WEEKLY, evidence: SELF_CONFIRMED}. */
    String role(String opportunityId, String stakeholderId, String role, Instant from, String extra) {
        // The served schema makes these input lists required, although the contract has them optional.
        extra += (extra.contains("painPoints") ? "" : ", painPoints: []")
                + (extra.contains("priorities") ? "" : ", priorities: []");
        return mutate("assignRole(input: {opportunityId: " + str(opportunityId) + ", stakeholderId: " + str(stakeholderId)
                + ", role: " + str(role) + ", validFrom: " + str(from) + extra
                + "}) { id }", "assignRole");
    }

    /** {@code participants}: ParticipantInput literals, e.g. {@code {stakeholderId: "...", responded: true}}. */
    String interaction(String opportunityId, String channel, String direction, Instant at, String participants) {
        return mutate("logInteraction(input: {opportunityId: " + str(opportunityId) + ", channel: " + channel
                + ", direction: " + direction + ", occurredAt: " + str(at) + ", assets: [], participants: [" + participants
                + "]}) { id }", "logInteraction");
    }

    String commitment(String opportunityId, String stakeholderId, String description, Instant dueAt) {
        return mutate("addCommitment(input: {opportunityId: " + str(opportunityId) + ", stakeholderId: "
                + str(stakeholderId) + ", description: " + str(description) + ", dueAt: " + str(dueAt) + "}) { id }",
                "addCommitment");
    }

    void resolve(String commitmentId, String status, Instant at) {
        mutate("resolveCommitment(id: " + str(commitmentId) + ", status: " + status + ", resolvedAt: " + str(at)
                + ") { id }", "resolveCommitment");
    }

    void review(String opportunityId, Instant at) {
        mutate("reviewDecisionMap(opportunityId: " + str(opportunityId) + ", at: " + str(at) + ") { id }",
                "reviewDecisionMap");
    }

    void relationship(String type, String fromId, String toId, Instant at) {
        mutate("addRelationship(input: {type: " + type + ", fromId: " + str(fromId) + ", toId: " + str(toId)
                + ", at: " + str(at) + "}) { id }", "addRelationship");
    }

    static String participant(String stakeholderId, String flags) {
        return "{stakeholderId: " + str(stakeholderId) + (flags.isEmpty() ? "" : ", " + flags) + "}";
    }

    private String mutate(String field, String name) {
        return GraphQL.post(token, "mutation { " + field + " }", Map.of())
                .statusCode(200)
                .body("errors", nullValue())
                .extract().path("data." + name + ".id");
    }

    static String str(Object value) {
        return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
