package com.decisionchain.trust;

import com.decisionchain.interaction.Channel;
import com.decisionchain.interaction.CommitmentParty;
import com.decisionchain.interaction.CommitmentStatus;
import com.decisionchain.interaction.Direction;
import com.decisionchain.stakeholder.RelationshipType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Small builders for the rows the analytics read, all timed relative to one fixed {@link #AS_OF}. */
public final class TrustTestData {

    public static final Instant AS_OF = Instant.parse("2026-03-01T12:00:00Z");

    private TrustTestData() {
    }

    public static UUID id(int n) {
        return new UUID(0, n);
    }

    public static Instant daysAgo(long days) {
        return AS_OF.minus(Duration.ofDays(days));
    }

    public static Interaction outboundEmail(Instant at, UUID stakeholderId, boolean responded) {
        return new Interaction(Channel.EMAIL, Direction.OUTBOUND, at,
                List.of(new Participant(stakeholderId, true, false, responded)));
    }

    public static Interaction inboundEmail(Instant at, UUID... stakeholderIds) {
        return new Interaction(Channel.EMAIL, Direction.INBOUND, at,
                List.of(stakeholderIds).stream().map(id -> new Participant(id, true, false, false)).toList());
    }

    public static Interaction meeting(Channel channel, Direction direction, Instant at, UUID stakeholderId,
                                      boolean invited, boolean attended) {
        return new Interaction(channel, direction, at,
                List.of(new Participant(stakeholderId, invited, attended, false)));
    }

    public static Commitment ours(UUID stakeholderId, Instant dueAt, Instant resolvedAt, CommitmentStatus status) {
        return new Commitment(stakeholderId, CommitmentParty.OURS, dueAt, resolvedAt, status);
    }

    public static Relationship relationship(RelationshipType type, UUID fromId, UUID toId, Instant at) {
        return new Relationship(type, fromId, toId, null, at);
    }
}
