package com.decisionchain.coverage;

import static com.decisionchain.trust.TrustTestData.AS_OF;
import static com.decisionchain.trust.TrustTestData.daysAgo;
import static com.decisionchain.trust.TrustTestData.id;
import static com.decisionchain.trust.TrustTestData.inboundEmail;

import com.decisionchain.account.SizeBand;
import com.decisionchain.opportunity.Cadence;
import com.decisionchain.opportunity.Influence;
import com.decisionchain.opportunity.OpportunityStage;
import com.decisionchain.opportunity.RoleEvidence;
import com.decisionchain.opportunity.Stance;
import com.decisionchain.trust.Commitment;
import com.decisionchain.trust.Interaction;
import com.decisionchain.trust.Relationship;
import com.decisionchain.trust.TrustScorer;
import com.decisionchain.trust.TrustSettings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A decision map under test, editable before it is analysed at {@link com.decisionchain.trust.TrustTestData#AS_OF}.
 * {@link #healthy()} raises no risk: four verified, monthly members (initiator, user, influencer, decision maker),
 * each with an inbound email a day ago, at a MID account in DISCOVERY, reviewed a day ago.
 */
final class DecisionMap {

    static final UUID IVY = id(11);
    static final UUID UMA = id(12);
    static final UUID IAN = id(13);
    static final UUID DAN = id(14);
    static final UUID GINA = id(15);
    static final UUID BEA = id(16);
    static final UUID GUS = id(17);
    static final UUID PAT = id(18);

    OpportunityStage stage = OpportunityStage.DISCOVERY;
    SizeBand sizeBand = SizeBand.MID;
    Instant mapReviewedAt = daysAgo(1);
    final List<Member> members = new ArrayList<>();
    final List<Interaction> interactions = new ArrayList<>();
    /** Last touches before the interactions above, as the loader finds them outside the scoring windows. */
    final Map<UUID, Instant> earlierTouches = new HashMap<>();
    final List<Commitment> commitments = new ArrayList<>();
    final List<Relationship> relationships = new ArrayList<>();

    static DecisionMap healthy() {
        DecisionMap map = new DecisionMap();
        map.add(IVY, "Ivy Initiator", "INITIATOR");
        map.add(UMA, "Uma User", "USER");
        map.add(IAN, "Ian Influencer", "INFLUENCER");
        map.add(DAN, "Dan Decider", "DECISION_MAKER");
        for (UUID stakeholderId : List.of(IVY, UMA, IAN, DAN)) {
            map.touch(inboundEmail(daysAgo(1), stakeholderId));
        }
        return map;
    }

    /** A new role row: verified, monthly, MEDIUM influence, NEUTRAL stance, assigned 100 days ago. */
    Member add(UUID stakeholderId, String fullName, String role) {
        Member member = new Member(stakeholderId, fullName, role);
        members.add(member);
        return member;
    }

    /** The first role row of a stakeholder. */
    Member member(UUID stakeholderId) {
        return members.stream().filter(m -> m.stakeholderId.equals(stakeholderId)).findFirst().orElseThrow();
    }

    DecisionMap remove(UUID stakeholderId) {
        members.removeIf(m -> m.stakeholderId.equals(stakeholderId));
        return untouch(stakeholderId);
    }

    DecisionMap untouch(UUID stakeholderId) {
        interactions.removeIf(i -> i.participant(stakeholderId).isPresent());
        return this;
    }

    DecisionMap touch(Interaction interaction) {
        interactions.add(interaction);
        return this;
    }

    Coverage analyze() {
        return new CoverageAnalyzer(CoverageSettings.defaults(), new TrustScorer(TrustSettings.defaults()))
                .analyze(new CoverageInput(stage, sizeBand, mapReviewedAt,
                        members.stream().map(Member::build).toList(), interactions, commitments, relationships,
                        earlierTouches),
                        AS_OF);
    }

    static Optional<Risk> risk(Coverage coverage, RiskCode code) {
        return coverage.risks().stream().filter(r -> r.code().equals(code.name())).findFirst();
    }

    static List<NextAction> actions(Coverage coverage, String code) {
        return coverage.nextActions().stream().filter(a -> a.code().equals(code)).toList();
    }

    static final class Member {
        final UUID stakeholderId;
        final String fullName;
        final String role;
        Influence influence = Influence.MEDIUM;
        Stance stance = Stance.NEUTRAL;
        Cadence cadence = Cadence.MONTHLY;
        RoleEvidence evidence = RoleEvidence.SELF_CONFIRMED;
        Instant validFrom = daysAgo(100);
        Instant validTo;
        Instant leftCompanyAt;
        Instant titleChangedAt;

        private Member(UUID stakeholderId, String fullName, String role) {
            this.stakeholderId = stakeholderId;
            this.fullName = fullName;
            this.role = role;
        }

        Member influence(Influence value) {
            influence = value;
            return this;
        }

        Member stance(Stance value) {
            stance = value;
            return this;
        }

        Member cadence(Cadence value) {
            cadence = value;
            return this;
        }

        Member evidence(RoleEvidence value) {
            evidence = value;
            return this;
        }

        Member valid(Instant from, Instant to) {
            validFrom = from;
            validTo = to;
            return this;
        }

        Member leftCompanyAt(Instant value) {
            leftCompanyAt = value;
            return this;
        }

        Member titleChangedAt(Instant value) {
            titleChangedAt = value;
            return this;
        }

        CommitteeMember build() {
            UUID memberId = UUID.nameUUIDFromBytes((stakeholderId + role + validFrom).getBytes(StandardCharsets.UTF_8));
            return new CommitteeMember(memberId, stakeholderId, fullName, role, influence, stance, cadence, evidence,
                    validFrom, validTo, leftCompanyAt, titleChangedAt);
        }
    }
}
