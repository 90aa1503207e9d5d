package com.decisionchain.coverage;

import com.decisionchain.opportunity.Stance;
import com.decisionchain.trust.Participant;
import com.decisionchain.trust.Relationship;
import com.decisionchain.trust.TrustInput;
import com.decisionchain.trust.TrustScorer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks one analysed map for every {@link RiskCode} and writes, for each risk, the steps that answer it, each naming
 * the person to act on. One risk per code lists everyone concerned; its steps go one per person (or per missing
 * role). Questions for "who else is involved" go to the best contact: the most engaged current member, champions
 * first, then the most trusted.
 */
final class RiskReview {

    record Findings(List<Risk> risks, List<NextAction> nextActions) {
    }

    private final CoverageSettings settings;
    private final TrustScorer trustScorer;
    private final WarmPathFinder warmPathFinder;
    private final CoverageInput input;
    private final Instant asOf;
    private final List<MemberCoverage> members;
    /** Current members who have not left the company: the people we can still work with. */
    private final List<MemberCoverage> active;
    private final List<RoleCoverage> roles;
    private final int committeeSize;
    private final SizeRange expectedSize;
    private final Optional<MemberCoverage> bestContact;

    private final List<Risk> risks = new ArrayList<>();
    private final List<NextAction> nextActions = new ArrayList<>();

    RiskReview(CoverageSettings settings, TrustScorer trustScorer, WarmPathFinder warmPathFinder,
               CoverageInput input, Instant asOf, List<MemberCoverage> members, List<RoleCoverage> roles,
               int committeeSize, SizeRange expectedSize) {
        this.settings = settings;
        this.trustScorer = trustScorer;
        this.warmPathFinder = warmPathFinder;
        this.input = input;
        this.asOf = asOf;
        this.members = members;
        this.active = members.stream().filter(member -> !member.leftCompany()).toList();
        this.roles = roles;
        this.committeeSize = committeeSize;
        this.expectedSize = expectedSize;
        this.bestContact = active.stream().min(Comparator
                .comparing(MemberCoverage::status, Comparator.reverseOrder())
                .thenComparing(member -> member.member().stance() != Stance.CHAMPION)
                .thenComparing(member -> member.trust().score(), Comparator.reverseOrder())
                .thenComparing(member -> member.member().fullName()));
    }

    Findings run() {
        checkDecisionMaker();
        offerWarmIntroductions();
        checkMissingRoles();
        checkSingleThreaded();
        checkDecisionMakerOnly();
        checkGatekeepers();
        checkStaleMap();
        checkRoleChanges();
        checkUnverifiedRoles();
        checkTrustDeclining();
        checkOverdueFollowUps();
        checkBlockers();
        checkCommitteeSize();
        risks.sort(Comparator.comparing(Risk::severity, Comparator.reverseOrder())
                .thenComparing(risk -> RiskCode.valueOf(risk.code())));
        nextActions.sort(Comparator.comparing(NextAction::priority, Comparator.reverseOrder()));
        return new Findings(risks, nextActions);
    }

    private void checkDecisionMaker() {
        List<MemberCoverage> decisionMakers = inRole(members, settings.decisionMakerRole());
        if (decisionMakers.stream().anyMatch(member -> !member.leftCompany())) {
            return;
        }
        String message = decisionMakers.isEmpty()
                ? "No decision maker is on the map."
                : names(decisionMakers) + " left the company; nobody else holds the decision maker role.";
        raise(RiskCode.NO_DECISION_MAKER, message, stakeholderIds(decisionMakers));
        askBestContact(RiskCode.NO_DECISION_MAKER,
                "who will make the final decision on this purchase, and could you introduce us?");
    }

    /** A decision maker on the map we are not engaged with yet is best reached through a warm introduction. */
    private void offerWarmIntroductions() {
        Set<UUID> engagedIds = engagedStakeholderIds();
        List<UUID> unreachable = stakeholderIds(inRole(active, settings.decisionMakerRole())).stream()
                .filter(Predicate.not(engagedIds::contains))
                .toList();
        if (unreachable.isEmpty() || engagedIds.isEmpty()) {
            return;
        }
        Set<UUID> leftIds = members.stream()
                .filter(MemberCoverage::leftCompany)
                .map(member -> member.member().stakeholderId())
                .collect(Collectors.toSet());
        // People who left can introduce nobody.
        List<Relationship> usable = input.relationships().stream()
                .filter(r -> !leftIds.contains(r.fromId()) && !leftIds.contains(r.toId()))
                .toList();
        Map<UUID, Double> trustScores = trustScores(usable);
        for (UUID decisionMakerId : unreachable) {
            warmPathFinder.find(decisionMakerId, engagedIds, usable, trustScores, asOf).ifPresent(path -> {
                String introducer = nameOf(path.introducerId());
                String decisionMaker = nameOf(decisionMakerId);
                int hops = path.stakeholderIds().size() - 1;
                nextActions.add(new NextAction(NextAction.WARM_INTRODUCTION, Severity.HIGH,
                        "Ask " + introducer + " for a warm introduction to " + decisionMaker
                                + ", the decision maker we have not reached yet (a chain of " + hops
                                + (hops == 1 ? " relationship" : " relationships") + ").",
                        path.introducerId(), path.stakeholderIds()));
            });
        }
    }

    private void checkMissingRoles() {
        List<RoleCoverage> missing = roles.stream()
                .filter(role -> role.weight() >= settings.missingRoleMinWeight() && role.status() == RoleStatus.MISSING)
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        raise(RiskCode.MISSING_ROLE, "Nobody covers " + missing.stream().map(role -> label(role.role()))
                .collect(Collectors.joining(", ")) + ".", List.of());
        for (RoleCoverage role : missing) {
            askBestContact(RiskCode.MISSING_ROLE, "who else will be involved in this decision? Nobody covers the "
                    + label(role.role()) + " role yet.");
        }
    }

    private void checkSingleThreaded() {
        Set<UUID> engagedIds = engagedStakeholderIds();
        if (engagedIds.size() > settings.singleThreadedMaxEngaged()) {
            return;
        }
        raise(RiskCode.SINGLE_THREADED, engagedIds.isEmpty()
                ? "No stakeholder is engaged."
                : "Only " + nameOf(engagedIds.iterator().next()) + " is engaged: the deal hangs on one thread.",
                List.copyOf(engagedIds));
        askBestContact(RiskCode.SINGLE_THREADED, "who else will be involved in this decision?");
    }

    /** The article's mistake 1: recent touches all went to decision makers while other weighted roles wait. */
    private void checkDecisionMakerOnly() {
        Instant since = asOf.minus(settings.decisionMakerOnlyLookback());
        Set<UUID> touched = input.interactions().stream()
                .filter(interaction -> !interaction.occurredAt().isBefore(since)
                        && !interaction.occurredAt().isAfter(asOf))
                .flatMap(interaction -> interaction.participants().stream())
                .map(Participant::stakeholderId)
                .collect(Collectors.toSet());
        Set<UUID> decisionMakerIds = stakeholderIds(inRole(active, settings.decisionMakerRole())).stream()
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<RoleCoverage> waiting = roles.stream()
                .filter(role -> !role.role().equals(settings.decisionMakerRole()) && role.weight() > 0)
                .filter(role -> !role.status().isEngaged())
                .toList();
        if (touched.isEmpty() || !decisionMakerIds.containsAll(touched) || waiting.isEmpty()) {
            return;
        }
        decisionMakerIds.retainAll(touched);
        String waitingRoles = waiting.stream().map(role -> label(role.role())).collect(Collectors.joining(", "));
        raise(RiskCode.DECISION_MAKER_ONLY, "Every touch in the last " + settings.decisionMakerOnlyLookback().toDays()
                + " days went to decision makers while " + waitingRoles + " are missing or not engaged.",
                List.copyOf(decisionMakerIds));
        for (UUID decisionMakerId : decisionMakerIds) {
            nextActions.add(action(RiskCode.DECISION_MAKER_ONLY, "Ask " + nameOf(decisionMakerId)
                    + ": who else will be involved in this decision? Then engage " + waitingRoles + ".",
                    decisionMakerId));
        }
    }

    /** The article's mistake 2: the gatekeeper can block access, so win them over with value. */
    private void checkGatekeepers() {
        raisePerStakeholder(RiskCode.GATEKEEPER_IGNORED,
                inRole(active, settings.gatekeeperRole()).stream()
                        .filter(member -> !CoverageAnalyzer.within(member.trust().signals().lastTwoWayAt(),
                                cadenceInterval(member), asOf))
                        .toList(),
                "No two-way touch within the cadence",
                member -> "Offer " + member.member().fullName()
                        + " something of value, such as an industry report, to win their support.");
    }

    /** The article's mistake 3: a static map. */
    private void checkStaleMap() {
        if (CoverageAnalyzer.within(input.mapReviewedAt(), settings.staleMapAfter(), asOf)) {
            return;
        }
        String lastReview = input.mapReviewedAt() == null
                ? "has never been reviewed"
                : "was last reviewed on " + date(input.mapReviewedAt());
        raise(RiskCode.STALE_MAP, "The decision map " + lastReview + ".", List.of());
        nextActions.add(action(RiskCode.STALE_MAP,
                "Review the decision map: roles, stances, and who else is involved.", null));
    }

    private void checkRoleChanges() {
        List<MemberCoverage> changed = members.stream()
                .filter(member -> member.leftCompany() || member.member().titleChangedSinceAssignedAt(asOf))
                .toList();
        raisePerStakeholder(RiskCode.ROLE_CHANGE_RISK, changed,
                "Left the company or changed title since the role was assigned",
                member -> member.leftCompany()
                        ? member.member().fullName() + " left the company: find who now acts as "
                                + label(member.member().role()) + ", then end or re-validate the role."
                        : "Re-validate " + member.member().fullName() + "'s role as " + label(member.member().role())
                                + ": their title changed on " + date(member.member().titleChangedAt()) + ".");
    }

    private void checkUnverifiedRoles() {
        raisePerStakeholder(RiskCode.UNVERIFIED_ROLES,
                active.stream().filter(member -> !member.member().evidence().isVerified()).toList(),
                "Role not confirmed by the person or another stakeholder",
                member -> "Confirm " + member.member().fullName() + "'s role as " + label(member.member().role())
                        + " with them, or cross-check it with another stakeholder.");
    }

    private void checkTrustDeclining() {
        raisePerStakeholder(RiskCode.TRUST_DECLINING,
                active.stream().filter(member -> member.trust().trend30d() <= settings.trustDecliningTrend()).toList(),
                "Trust declining",
                member -> "Re-engage " + member.member().fullName() + ": trust changed by " + member.trust().trend30d()
                        + " points; deliver something of value and keep every promise.");
    }

    private void checkOverdueFollowUps() {
        raisePerStakeholder(RiskCode.OVERDUE_FOLLOW_UP,
                active.stream()
                        .filter(member -> !CoverageAnalyzer.within(member.lastTouchAt(), cadenceInterval(member), asOf))
                        .toList(),
                "Overdue for a touch by the cadence",
                member -> "Follow up with " + member.member().fullName() + " (" + (member.lastTouchAt() == null
                        ? "never contacted"
                        : "last touch " + date(member.lastTouchAt()))
                        + ", cadence " + (member.member().cadence() == null ? "unknown" : member.member().cadence())
                        + ").");
    }

    private void checkBlockers() {
        raisePerStakeholder(RiskCode.BLOCKER_UNADDRESSED,
                active.stream()
                        .filter(member -> member.member().stance() == Stance.BLOCKER)
                        .filter(member -> member.member().influence().compareTo(settings.blockerMinInfluence()) >= 0)
                        .filter(member -> !CoverageAnalyzer.within(member.lastTouchAt(),
                                settings.blockerUntouchedAfter(), asOf))
                        .toList(),
                "Influential blocker without a recent touch",
                member -> "Meet " + member.member().fullName()
                        + " to hear their objections and answer them with evidence.");
    }

    private void checkCommitteeSize() {
        if (committeeSize >= expectedSize.min()) {
            return;
        }
        raise(RiskCode.UNDERSIZED_COMMITTEE, "The committee has " + committeeSize + " people; "
                + expectedSize.min() + "-" + expectedSize.max() + " are usual for this account size.", List.of());
        askBestContact(RiskCode.UNDERSIZED_COMMITTEE, "who else will be involved in this decision?");
    }

    /** One risk listing everyone concerned, with one step per person (a person holding two roles gets one). */
    private void raisePerStakeholder(RiskCode code, List<MemberCoverage> concerned, String problem,
                                     Function<MemberCoverage, String> step) {
        Map<UUID, MemberCoverage> byStakeholder = new LinkedHashMap<>();
        concerned.forEach(member -> byStakeholder.putIfAbsent(member.member().stakeholderId(), member));
        if (byStakeholder.isEmpty()) {
            return;
        }
        raise(code, problem + ": " + names(List.copyOf(byStakeholder.values())) + ".",
                List.copyOf(byStakeholder.keySet()));
        byStakeholder.values().forEach(member ->
                nextActions.add(action(code, step.apply(member), member.member().stakeholderId())));
    }

    private void raise(RiskCode code, String message, List<UUID> stakeholderIds) {
        risks.add(new Risk(code.name(), code.severity(), message, stakeholderIds));
    }

    private void askBestContact(RiskCode code, String question) {
        nextActions.add(bestContact
                .map(contact -> action(code, "Ask " + contact.member().fullName() + ": " + question,
                        contact.member().stakeholderId()))
                .orElseGet(() -> action(code, "Find a first contact at the account and ask: " + question, null)));
    }

    private static NextAction action(RiskCode code, String description, UUID stakeholderId) {
        return new NextAction(code.name(), code.severity(), description, stakeholderId, List.of());
    }

    private Set<UUID> engagedStakeholderIds() {
        return active.stream()
                .filter(member -> member.status().isEngaged())
                .map(member -> member.member().stakeholderId())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Members' trust within the opportunity (the best of their memberships); others' from the same rows. */
    private Map<UUID, Double> trustScores(List<Relationship> relationships) {
        Map<UUID, Double> scores = new HashMap<>();
        active.forEach(member -> scores.merge(member.member().stakeholderId(), member.trust().score(), Math::max));
        relationships.stream()
                .flatMap(r -> Stream.of(r.fromId(), r.toId()))
                .distinct()
                .filter(Predicate.not(scores::containsKey))
                .toList()
                .forEach(id -> scores.put(id, trustScorer.score(new TrustInput(id, List.of(), input.interactions(),
                        input.commitments(), input.relationships()), asOf).score()));
        return scores;
    }

    private Duration cadenceInterval(MemberCoverage member) {
        return trustScorer.settings().cadenceInterval(member.member().cadence());
    }

    private static List<MemberCoverage> inRole(List<MemberCoverage> members, String role) {
        return members.stream().filter(member -> member.member().role().equals(role)).toList();
    }

    private static List<UUID> stakeholderIds(List<MemberCoverage> members) {
        return members.stream().map(member -> member.member().stakeholderId()).distinct().toList();
    }

    private String nameOf(UUID stakeholderId) {
        return members.stream()
                .filter(member -> member.member().stakeholderId().equals(stakeholderId))
                .map(member -> member.member().fullName())
                .findFirst()
                .orElseThrow();
    }

    private static String names(List<MemberCoverage> members) {
        return members.stream().map(member -> member.member().fullName()).distinct().collect(Collectors.joining(", "));
    }

    /** DECISION_MAKER reads "decision maker" in a sentence. */
    private static String label(String role) {
        return role.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String date(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
