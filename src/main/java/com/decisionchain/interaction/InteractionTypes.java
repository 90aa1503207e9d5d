package com.decisionchain.interaction;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** GraphQL types and inputs of interactions and commitments. */
public final class InteractionTypes {

    private InteractionTypes() {
    }

    @Name("Interaction")
    public record InteractionView(@Id @NonNull String id, @Ignore String accountId, @Ignore String opportunityId,
            @NonNull Channel channel, @NonNull Direction direction, @NonNull Instant occurredAt, String subject,
            String summary, Outcome outcome, @NonNull List<@NonNull ValueAsset> assets, @NonNull Instant createdAt,
            @Ignore String roiScenarioId) {

        static InteractionView of(Interaction i) {
            return new InteractionView(i.id.toString(), i.accountId.toString(),
                    i.opportunityId == null ? null : i.opportunityId.toString(), i.channel, i.direction, i.occurredAt,
                    i.subject, i.summary, i.outcome, java.util.Arrays.stream(i.assets).map(ValueAsset::valueOf).toList(),
                    i.createdAt, i.roiScenarioId == null ? null : i.roiScenarioId.toString());
        }
    }

    @Name("Participant")
    public record ParticipantView(@Ignore String stakeholderId, @NonNull boolean invited, Boolean attended,
            Boolean responded) {
    }

    @Name("Commitment")
    public record CommitmentView(@Id @NonNull String id, @Ignore String opportunityId, @Ignore String stakeholderId,
            @NonNull CommitmentParty party, @NonNull String description, @NonNull Instant dueAt, Instant resolvedAt,
            @NonNull CommitmentStatus status) {

        static CommitmentView of(Commitment c) {
            return new CommitmentView(c.id.toString(), c.opportunityId == null ? null : c.opportunityId.toString(),
                    c.stakeholderId == null ? null : c.stakeholderId.toString(), c.party, c.description, c.dueAt,
                    c.resolvedAt, c.status);
        }
    }

    @Input("InteractionInput")
    public record InteractionInput(@Id String accountId, @Id String opportunityId, @NonNull Channel channel,
            @NonNull Direction direction, @NonNull Instant occurredAt, @Size(max = 500) String subject,
            @Size(max = 10000) String summary, Outcome outcome, @Nullable List<@NonNull ValueAsset> assets,
            @NonNull @Size(min = 1, max = 200) List<@NonNull @Valid ParticipantInput> participants,
            @Id String roiScenarioId) {
    }

    @Input("ParticipantInput")
    public record ParticipantInput(@NonNull @Id String stakeholderId, Boolean invited, Boolean attended,
            Boolean responded) {
    }

    @Input("CommitmentInput")
    public record CommitmentInput(@Id String opportunityId, @Id String stakeholderId, CommitmentParty party,
            @NonNull @NotBlank @Size(max = 2000) String description, @NonNull Instant dueAt) {
    }
}
