package com.decisionchain.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides whether an incoming row is a person already known, trying the DESIGN §5 rules in order and
 * stopping at the first that holds:
 * <ol>
 *   <li>the same source's vendor id;</li>
 *   <li>the normalised LinkedIn profile URL;</li>
 *   <li>an e-mail address, ignoring case (personal addresses identify a person too);</li>
 *   <li>exact first + last name at the same organisation, then (top tier) the same after diacritic folding;</li>
 *   <li>exact (or folded) name of someone at the organisation the row names as the previous employer.</li>
 * </ol>
 * Name rules need both name parts, and skip a candidate whose LinkedIn profile differs from the row's or who
 * has another id at the row's source: two profiles mean two people whatever the name says. When several
 * candidates share the name, nobody is merged and all are suggested for review. Without a merge, people at
 * the same organisation whose name reads alike across scripts (娜 李 / Na Li) are suggested with low
 * confidence. The matcher holds no state; {@link PeopleDirectory} applies its decisions.
 */
public final class PersonMatcher {

    static final double CROSS_SCRIPT_CONFIDENCE = 0.3;
    static final double AMBIGUOUS_NAME_CONFIDENCE = 0.5;

    private final MatchTier tier;

    public PersonMatcher(MatchTier tier) {
        this.tier = tier;
    }

    /**
     * @param known                  the people already known
     * @param incoming               the row to place
     * @param organisationId         the canonical organisation of the row's employer, or null when unknown
     * @param previousOrganisationId the canonical organisation of the employer the row says was left, or null
     */
    public MatchDecision match(KnownPeople known, ImportedPerson incoming, String organisationId, String previousOrganisationId) {
        return match(known, incoming, PersonKeys.of(incoming), organisationId, previousOrganisationId);
    }

    /** Like {@link #match(KnownPeople, ImportedPerson, String, String)} with the row's keys already worked out. */
    MatchDecision match(KnownPeople known, ImportedPerson incoming, PersonKeys keys, String organisationId, String previousOrganisationId) {
        Optional<KnownPerson> byKey = lookUp(known::byVendorKey, keys.vendorKey());
        if (byKey.isPresent()) {
            return MatchDecision.merge(byKey.get().personId(), MatchBasis.VENDOR_ID);
        }
        byKey = lookUp(known::byLinkedInKey, keys.linkedInKey());
        if (byKey.isPresent()) {
            return MatchDecision.merge(byKey.get().personId(), MatchBasis.LINKEDIN_URL);
        }
        for (String emailKey : keys.emailKeys()) {
            byKey = known.byEmailKey(emailKey);
            if (byKey.isPresent()) {
                return MatchDecision.merge(byKey.get().personId(), MatchBasis.EMAIL);
            }
        }
        if (tier != MatchTier.EXACT_KEYS) {
            Optional<MatchDecision> byName = byName(known, incoming, keys, organisationId,
                    MatchBasis.NAME_AND_COMPANY, MatchBasis.FOLDED_NAME_AND_COMPANY);
            if (byName.isEmpty()) {
                byName = byName(known, incoming, keys, previousOrganisationId,
                        MatchBasis.NAME_AT_PREVIOUS_COMPANY, MatchBasis.NAME_AT_PREVIOUS_COMPANY);
            }
            if (byName.isPresent()) {
                return byName.get();
            }
        }
        return MatchDecision.newPerson(crossScriptSuggestions(known, incoming, keys, organisationId));
    }

    /** Rules 4 and 5: the name at {@code organisationId}, exact first, then folded in the top tier. */
    private Optional<MatchDecision> byName(KnownPeople known, ImportedPerson incoming, PersonKeys keys, String organisationId,
                                           MatchBasis exactBasis, MatchBasis foldedBasis) {
        if (organisationId == null) {
            return Optional.empty();
        }
        Optional<MatchDecision> exact = byNameKey(known::byExactName, keys.exactName(), incoming, keys, organisationId, exactBasis);
        if (exact.isPresent() || tier != MatchTier.FOLDED_NAMES_AT_COMPANY) {
            return exact;
        }
        return byNameKey(known::byFoldedName, keys.foldedName(), incoming, keys, organisationId, foldedBasis);
    }

    private Optional<MatchDecision> byNameKey(Function<String, List<KnownPerson>> lookup, String nameKey,
                                              ImportedPerson incoming, PersonKeys keys, String organisationId, MatchBasis basis) {
        List<KnownPerson> namesakes = nameKey == null ? List.of() : lookup.apply(nameKey);
        if (namesakes.isEmpty()) {
            return Optional.empty();
        }
        List<KnownPerson> candidates = namesakes.stream()
                .filter(person -> organisationId.equals(person.currentOrganisationId()))
                .filter(person -> !contradicts(person, incoming, keys))
                .toList();
        if (candidates.size() == 1) {
            return Optional.of(MatchDecision.merge(candidates.get(0).personId(), basis));
        }
        if (candidates.size() > 1) {
            return Optional.of(MatchDecision.newPerson(candidates.stream()
                    .map(person -> new ReviewSuggestion(person.personId(), SuggestionReason.AMBIGUOUS_NAME_AT_SAME_COMPANY, AMBIGUOUS_NAME_CONFIDENCE))
                    .toList()));
        }
        return Optional.empty();
    }

    private static List<ReviewSuggestion> crossScriptSuggestions(KnownPeople known, ImportedPerson incoming, PersonKeys keys,
                                                                 String organisationId) {
        String reading = keys.latinReading();
        if (organisationId == null || reading == null) {
            return List.of();
        }
        boolean incomingHan = keys.han();
        List<ReviewSuggestion> suggestions = new ArrayList<>();
        for (KnownPerson person : known.byLatinReadingAcrossScripts(reading, incomingHan)) {
            boolean otherScript = person.names().stream().anyMatch(name ->
                    PersonNames.isHan(name.firstName(), name.lastName()) != incomingHan
                            && reading.equals(PersonNames.latinReadingKey(name.firstName(), name.lastName())));
            if (otherScript && organisationId.equals(person.currentOrganisationId()) && !contradicts(person, incoming, keys)) {
                suggestions.add(new ReviewSuggestion(person.personId(), SuggestionReason.CROSS_SCRIPT_NAME_AT_SAME_COMPANY, CROSS_SCRIPT_CONFIDENCE));
            }
        }
        return suggestions;
    }

    /** A different LinkedIn profile, or a different id at the same source, proves two different people. */
    private static boolean contradicts(KnownPerson person, ImportedPerson incoming, PersonKeys keys) {
        String profile = keys.linkedInKey();
        if (profile != null && !person.linkedInKeys().isEmpty() && !person.linkedInKeys().contains(profile)) {
            return true;
        }
        String vendorKey = keys.vendorKey();
        return vendorKey != null && person.vendorKeys().stream()
                .anyMatch(key -> key.startsWith(incoming.source() + ":") && !Objects.equals(key, vendorKey));
    }

    private static Optional<KnownPerson> lookUp(Function<String, Optional<KnownPerson>> index, String key) {
        return key == null ? Optional.empty() : index.apply(key);
    }
}
