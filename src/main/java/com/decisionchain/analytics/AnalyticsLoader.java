package com.decisionchain.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.hibernate.jpa.HibernateHints;

import com.decisionchain.account.SizeBand;
import com.decisionchain.coverage.CommitteeMember;
import com.decisionchain.coverage.CoverageInput;
import com.decisionchain.interaction.Channel;
import com.decisionchain.interaction.CommitmentParty;
import com.decisionchain.interaction.CommitmentStatus;
import com.decisionchain.interaction.Direction;
import com.decisionchain.opportunity.Cadence;
import com.decisionchain.opportunity.Opportunity;
import com.decisionchain.opportunity.OpportunityStage;
import com.decisionchain.stakeholder.RelationshipType;
import com.decisionchain.trust.Commitment;
import com.decisionchain.trust.Interaction;
import com.decisionchain.trust.Participant;
import com.decisionchain.trust.Relationship;
import com.decisionchain.trust.TrustInput;

/**
 * Loads what the calculators need set-based: a fixed number of statements however many opportunities, members and
 * interactions there are. Rows are read as projections (no managed entities) except the committee rows, which the
 * API shows as they are.
 *
 * <p>Within an opportunity, the interactions and commitments that count are the opportunity's own and the account's
 * ones tied to no opportunity (a general touch builds trust for every deal at the account); touches in another deal
 * do not count.
 */
@ApplicationScoped
public class AnalyticsLoader {

    /** Which opportunities to load: a JPQL condition over alias {@code o} of {@code Opportunity}, and its parameters. */
    public record Scope(String condition, Map<String, Object> parameters) {

        public static Scope ids(Collection<UUID> opportunityIds) {
            return new Scope("o.id in :scopeIds", Map.of("scopeIds", opportunityIds));
        }

        /** Open opportunities in the given stages, optionally of one owner. */
        public static Scope open(Set<OpportunityStage> stages, String ownerId) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("scopeStages", stages);
            String condition = "o.stage in :scopeStages";
            if (ownerId != null) {
                condition += " and o.ownerId = :scopeOwner";
                parameters.put("scopeOwner", ownerId);
            }
            return new Scope(condition, parameters);
        }

        String opportunityIds() {
            return "(select o.id from Opportunity o where " + condition + ")";
        }

        String accountIds() {
            return "(select o.accountId from Opportunity o where " + condition + ")";
        }
    }

    /** One opportunity as of an instant: the row, its account's name, its current committee rows and the input. */
    public record OpportunitySnapshot(Opportunity opportunity, String accountName,
            List<com.decisionchain.opportunity.CommitteeMember> members, Map<UUID, String> titles, CoverageInput input) {
    }

    private final EntityManager entityManager;

    public AnalyticsLoader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The opportunities of the scope as of {@code asOf}, with everything within {@code lookback} before it, in
     * creation order. Seven statements.
     */
    public Map<UUID, OpportunitySnapshot> opportunities(Scope scope, Instant asOf, Duration lookback) {
        Instant from = asOf.minus(lookback);
        Map<UUID, Opportunity> opportunities = new LinkedHashMap<>();
        Map<UUID, String> accountNames = new HashMap<>();
        Map<UUID, SizeBand> sizeBands = new HashMap<>();
        for (Object[] row : query("select o, a.name, a.employeeCount from Opportunity o join Account a on a.id = o.accountId"
                + " where " + scope.condition() + " order by o.createdAt, o.id", scope.parameters()).getResultList()) {
            Opportunity opportunity = (Opportunity) row[0];
            opportunities.put(opportunity.id, opportunity);
            accountNames.put(opportunity.accountId, (String) row[1]);
            sizeBands.put(opportunity.accountId, SizeBand.of((Integer) row[2]));
        }
        if (opportunities.isEmpty()) {
            return Map.of();
        }

        Map<UUID, OpportunityStage> stageAsOf = new HashMap<>();
        for (Object[] row : query("select c.opportunityId, c.stage from OpportunityStageChange c where c.opportunityId in "
                + scope.opportunityIds() + " and c.at <= :asOf order by c.at, c.id", scope.parameters())
                .setParameter("asOf", asOf).getResultList()) {
            stageAsOf.put((UUID) row[0], (OpportunityStage) row[1]);
        }

        Map<UUID, List<com.decisionchain.opportunity.CommitteeMember>> memberRows = new HashMap<>();
        Map<UUID, List<CommitteeMember>> members = new HashMap<>();
        Map<UUID, String> titles = new HashMap<>();
        for (Object[] row : query("select m, s.fullName, s.leftAt, s.titleChangedAt, s.title from CommitteeMember m"
                + " join Stakeholder s on s.id = m.stakeholderId where m.opportunityId in " + scope.opportunityIds()
                + " and m.validFrom <= :asOf and (m.validTo is null or m.validTo > :asOf) order by m.validFrom, m.id",
                scope.parameters()).setParameter("asOf", asOf).getResultList()) {
            var member = (com.decisionchain.opportunity.CommitteeMember) row[0];
            titles.put(member.stakeholderId, (String) row[4]);
            memberRows.computeIfAbsent(member.opportunityId, key -> new ArrayList<>()).add(member);
            Instant titleChangedAt = (Instant) row[3];
            members.computeIfAbsent(member.opportunityId, key -> new ArrayList<>()).add(new CommitteeMember(member.id,
                    member.stakeholderId, (String) row[1], member.role, member.influence, member.stance,
                    member.cadence, member.evidence, member.validFrom, member.validTo, startOf((LocalDate) row[2]),
                    titleChangedAt != null && !titleChangedAt.isAfter(asOf) ? titleChangedAt : null));
        }

        String participants = "select i.id, i.opportunityId, i.accountId, i.channel, i.direction, i.occurredAt,"
                + " p.key.stakeholderId, p.invited, p.attended, p.responded from InteractionParticipant p"
                + " join Interaction i on i.id = p.key.interactionId where i.occurredAt >= :from and i.occurredAt <= :asOf";
        Map<UUID, List<Interaction>> byOpportunity = interactions(query(participants + " and i.opportunityId in "
                + scope.opportunityIds(), scope.parameters()).setParameter("from", from).setParameter("asOf", asOf).getResultList(), 1);
        Map<UUID, List<Interaction>> byAccount = interactions(query(participants
                + " and i.opportunityId is null and i.accountId in " + scope.accountIds(), scope.parameters())
                .setParameter("from", from).setParameter("asOf", asOf).getResultList(), 2);

        Map<UUID, List<Commitment>> commitmentsByOpportunity = new HashMap<>();
        Map<UUID, List<Commitment>> commitmentsByAccount = new HashMap<>();
        for (Object[] row : query("select c.opportunityId, s.accountId, c.stakeholderId, c.party, c.dueAt, c.resolvedAt,"
                + " c.status from Commitment c join Stakeholder s on s.id = c.stakeholderId where c.party = :ours"
                + " and c.dueAt >= :from and c.dueAt <= :asOf and (c.opportunityId in " + scope.opportunityIds()
                + " or (c.opportunityId is null and s.accountId in " + scope.accountIds() + "))", scope.parameters())
                .setParameter("ours", CommitmentParty.OURS).setParameter("from", from).setParameter("asOf", asOf)
                .getResultList()) {
            Commitment commitment = new Commitment((UUID) row[2], (CommitmentParty) row[3], (Instant) row[4],
                    (Instant) row[5], (CommitmentStatus) row[6]);
            if (row[0] != null) {
                commitmentsByOpportunity.computeIfAbsent((UUID) row[0], key -> new ArrayList<>()).add(commitment);
            } else {
                commitmentsByAccount.computeIfAbsent((UUID) row[1], key -> new ArrayList<>()).add(commitment);
            }
        }

        Map<UUID, List<Relationship>> relationshipsByAccount = new HashMap<>();
        for (Object[] row : query("select s.accountId, r.type, r.fromId, r.toId, r.weight, r.at from Relationship r"
                + " join Stakeholder s on s.id = r.fromId where s.accountId in " + scope.accountIds()
                + " and r.at <= :asOf", scope.parameters()).setParameter("asOf", asOf).getResultList()) {
            Short weight = (Short) row[4];
            relationshipsByAccount.computeIfAbsent((UUID) row[0], key -> new ArrayList<>()).add(new Relationship(
                    (RelationshipType) row[1], (UUID) row[2], (UUID) row[3], weight == null ? null : weight.intValue(),
                    (Instant) row[5]));
        }

        // The scoring windows bound the interactions above; a last touch may lie before them.
        Map<UUID, Map<UUID, Instant>> earlierByOpportunity = new HashMap<>();
        Map<UUID, Map<UUID, Instant>> earlierByAccount = new HashMap<>();
        for (Object[] row : query("select i.opportunityId, i.accountId, p.key.stakeholderId, max(i.occurredAt)"
                + " from InteractionParticipant p join Interaction i on i.id = p.key.interactionId"
                + " where i.occurredAt < :from and (i.opportunityId in " + scope.opportunityIds()
                + " or (i.opportunityId is null and i.accountId in " + scope.accountIds() + "))"
                + " group by i.opportunityId, i.accountId, p.key.stakeholderId", scope.parameters())
                .setParameter("from", from).getResultList()) {
            Map<UUID, Map<UUID, Instant>> target = row[0] != null ? earlierByOpportunity : earlierByAccount;
            target.computeIfAbsent((UUID) (row[0] != null ? row[0] : row[1]), key -> new HashMap<>())
                    .merge((UUID) row[2], (Instant) row[3], (a, b) -> a.isAfter(b) ? a : b);
        }

        Map<UUID, OpportunitySnapshot> snapshots = new LinkedHashMap<>();
        for (Opportunity opportunity : opportunities.values()) {
            UUID account = opportunity.accountId;
            Map<UUID, Instant> earlierTouches = new HashMap<>(earlierByAccount.getOrDefault(account, Map.of()));
            earlierByOpportunity.getOrDefault(opportunity.id, Map.of())
                    .forEach((stakeholderId, at) -> earlierTouches.merge(stakeholderId, at, (a, b) -> a.isAfter(b) ? a : b));
            CoverageInput input = new CoverageInput(stageAsOf.getOrDefault(opportunity.id, opportunity.stage),
                    sizeBands.get(account),
                    opportunity.mapReviewedAt != null && !opportunity.mapReviewedAt.isAfter(asOf)
                            ? opportunity.mapReviewedAt : null,
                    members.getOrDefault(opportunity.id, List.of()),
                    concat(byOpportunity.get(opportunity.id), byAccount.get(account)),
                    concat(commitmentsByOpportunity.get(opportunity.id), commitmentsByAccount.get(account)),
                    relationshipsByAccount.getOrDefault(account, List.of()), earlierTouches);
            snapshots.put(opportunity.id, new OpportunitySnapshot(opportunity, accountNames.get(account),
                    memberRows.getOrDefault(opportunity.id, List.of()), titles, input));
        }
        return snapshots;
    }

    /**
     * Trust inputs of stakeholders as of {@code asOf}: within one opportunity (its interactions and commitments and
     * the account's unassigned ones, the cadences of the stakeholder's roles in it), or across all of them when
     * {@code opportunity} is {@code null} (the cadences of all current roles). Four statements.
     */
    public Map<UUID, TrustInput> trustInputs(Collection<UUID> stakeholderIds, Opportunity opportunity, Instant asOf,
            Duration lookback) {
        if (stakeholderIds.isEmpty()) {
            return Map.of();
        }
        Instant from = asOf.minus(lookback);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", stakeholderIds);
        parameters.put("asOf", asOf);
        String inOpportunity = "";
        if (opportunity != null) {
            parameters.put("opportunity", opportunity.id);
            parameters.put("account", opportunity.accountId);
            inOpportunity = " and (%1$s.opportunityId = :opportunity or (%1$s.opportunityId is null and %2$s = :account))";
        }

        Map<UUID, List<Cadence>> cadences = new HashMap<>();
        for (Object[] row : query("select m.stakeholderId, m.cadence from CommitteeMember m where m.stakeholderId in :ids"
                + " and m.validFrom <= :asOf and (m.validTo is null or m.validTo > :asOf)"
                + (opportunity == null ? "" : " and m.opportunityId = :opportunity"), parameters).getResultList()) {
            List<Cadence> list = cadences.computeIfAbsent((UUID) row[0], key -> new ArrayList<>());
            if (row[1] != null) {
                list.add((Cadence) row[1]);
            }
        }

        // Only the stakeholder's own participant row matters for their trust, so each row is its own interaction.
        Map<UUID, List<Interaction>> interactions = new HashMap<>();
        for (Object[] row : query("select p.key.stakeholderId, i.channel, i.direction, i.occurredAt, p.invited,"
                + " p.attended, p.responded from InteractionParticipant p join Interaction i on i.id = p.key.interactionId"
                + " where p.key.stakeholderId in :ids and i.occurredAt >= :from and i.occurredAt <= :asOf"
                + inOpportunity.formatted("i", "i.accountId"), parameters).setParameter("from", from).getResultList()) {
            UUID id = (UUID) row[0];
            interactions.computeIfAbsent(id, key -> new ArrayList<>()).add(new Interaction((Channel) row[1],
                    (Direction) row[2], (Instant) row[3], List.of(new Participant(id, (Boolean) row[4],
                            Boolean.TRUE.equals(row[5]), Boolean.TRUE.equals(row[6])))));
        }

        Map<UUID, List<Commitment>> commitments = new HashMap<>();
        for (Object[] row : query("select c.stakeholderId, c.party, c.dueAt, c.resolvedAt, c.status from Commitment c"
                + " join Stakeholder s on s.id = c.stakeholderId where c.stakeholderId in :ids and c.party = :ours"
                + " and c.dueAt >= :from and c.dueAt <= :asOf" + inOpportunity.formatted("c", "s.accountId"), parameters)
                .setParameter("ours", CommitmentParty.OURS).setParameter("from", from).getResultList()) {
            commitments.computeIfAbsent((UUID) row[0], key -> new ArrayList<>()).add(new Commitment((UUID) row[0],
                    (CommitmentParty) row[1], (Instant) row[2], (Instant) row[3], (CommitmentStatus) row[4]));
        }

        Map<UUID, List<Relationship>> referrals = new HashMap<>();
        for (Object[] row : query("select r.fromId, r.toId, r.weight, r.at from Relationship r where r.type = :introduced"
                + " and r.fromId in :ids and r.at >= :from and r.at <= :asOf", parameters)
                .setParameter("introduced", RelationshipType.INTRODUCED).setParameter("from", from).getResultList()) {
            Short weight = (Short) row[2];
            referrals.computeIfAbsent((UUID) row[0], key -> new ArrayList<>()).add(new Relationship(
                    RelationshipType.INTRODUCED, (UUID) row[0], (UUID) row[1], weight == null ? null : weight.intValue(),
                    (Instant) row[3]));
        }

        Map<UUID, TrustInput> inputs = new LinkedHashMap<>();
        for (UUID id : stakeholderIds) {
            inputs.put(id, new TrustInput(id, cadences.getOrDefault(id, List.of()),
                    interactions.getOrDefault(id, List.of()), commitments.getOrDefault(id, List.of()),
                    referrals.getOrDefault(id, List.of())));
        }
        return inputs;
    }

    /** Participant rows grouped into interactions, then the interactions grouped by the given column of the row. */
    private static Map<UUID, List<Interaction>> interactions(List<Object[]> rows, int groupColumn) {
        Map<UUID, UUID> groupOf = new LinkedHashMap<>();
        Map<UUID, Object[]> first = new HashMap<>();
        Map<UUID, List<Participant>> participants = new HashMap<>();
        for (Object[] row : rows) {
            UUID interactionId = (UUID) row[0];
            groupOf.putIfAbsent(interactionId, (UUID) row[groupColumn]);
            first.putIfAbsent(interactionId, row);
            participants.computeIfAbsent(interactionId, key -> new ArrayList<>()).add(new Participant((UUID) row[6],
                    (Boolean) row[7], Boolean.TRUE.equals(row[8]), Boolean.TRUE.equals(row[9])));
        }
        Map<UUID, List<Interaction>> grouped = new HashMap<>();
        groupOf.forEach((interactionId, group) -> {
            Object[] row = first.get(interactionId);
            grouped.computeIfAbsent(group, key -> new ArrayList<>()).add(new Interaction((Channel) row[3],
                    (Direction) row[4], (Instant) row[5], participants.get(interactionId)));
        });
        return grouped;
    }

    private TypedQuery<Object[]> query(String jpql, Map<String, Object> parameters) {
        TypedQuery<Object[]> query = entityManager.createQuery(jpql, Object[].class);
        // Analytics only read: no snapshots for dirty checking, which matters when a portfolio loads many rows.
        query.setHint(HibernateHints.HINT_READ_ONLY, true);
        // A scope may carry parameters that only some of the statements use.
        parameters.forEach((name, value) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(jpql).find()) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    private static Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        if (second == null) {
            return first == null ? List.of() : first;
        }
        if (first == null) {
            return second;
        }
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
