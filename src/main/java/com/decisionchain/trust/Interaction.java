package com.decisionchain.trust;

import com.decisionchain.interaction.Channel;
import com.decisionchain.interaction.Direction;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A touchpoint with one or more stakeholders, at its business time {@code occurredAt}. */
public record Interaction(Channel channel, Direction direction, Instant occurredAt, List<Participant> participants) {

    public Interaction {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(occurredAt, "occurredAt");
        participants = List.copyOf(participants);
    }

    public Optional<Participant> participant(UUID stakeholderId) {
        return participants.stream().filter(p -> p.stakeholderId().equals(stakeholderId)).findFirst();
    }

    /** Two-way for a participant: the customer reached out, or the participant answered or showed up. */
    public boolean isTwoWayFor(Participant participant) {
        return direction == Direction.INBOUND || participant.responded() || participant.attended();
    }
}
