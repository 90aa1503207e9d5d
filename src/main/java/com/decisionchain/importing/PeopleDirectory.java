package com.decisionchain.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people and organisations an import builds up, row by row, in memory: each row is matched
 * ({@link PersonMatcher}), its employer resolved ({@link CompanyMatcher}), and then merged into a known
 * person or added as a new one. This is the pure core of a dry run and of the merge a job commits.
 *
 * <p>Employment: a merged row whose employer differs from the person's current one is a move and becomes
 * current, the old job previous; except when the row itself is out of date (its employer is one the person
 * is known to have left) or its employer is only another name of the current one. Within one employer the
 * latest row's title wins. A row's "previous company" is kept as a previous job.
 */
public final class PeopleDirectory implements KnownPeople {

    private final PersonMatcher matcher;
    private final CompanyMatcher companies = new CompanyMatcher();
    private final Map<String, Entry> people = new LinkedHashMap<>();
    private final Map<String, String> idByVendorKey = new HashMap<>();
    private final Map<String, String> idByLinkedInKey = new HashMap<>();
    private final Map<String, String> idByEmailKey = new HashMap<>();
    private final Map<String, Set<String>> idsByExactName = new HashMap<>();
    private final Map<String, Set<String>> idsByFoldedName = new HashMap<>();
    private final Map<String, Set<String>> idsByLatinReading = new HashMap<>();
    /** Readings some known name written in Han has, and readings some name in another script has. */
    private final Set<String> hanReadings = new HashSet<>();
    private final Set<String> otherScriptReadings = new HashSet<>();
    private int lastSequence;
    /**
     * Moves on before and after each row changes people and organisations; a snapshot taken at another state
     * may be stale. Between rows snapshots stay valid, so repeated lookups share one.
     */
    private int state;

    public PeopleDirectory(MatchTier tier) {
        this.matcher = new PersonMatcher(tier);
    }

    /** Places one row: merges it into a known person or adds a new one. */
    public ImportOutcome add(ImportedPerson row) {
        state++;
        CompanyEvidence employer = CompanyEvidence.of(row);
        Optional<CompanyMatch> employerFound = companies.find(employer);
        String organisationBefore = employerFound.map(CompanyMatch::organisationId).orElse(null);
        String previousOrganisation = companies.find(CompanyEvidence.previousEmployerOf(row)).map(CompanyMatch::organisationId).orElse(null);
        PersonKeys keys = PersonKeys.of(row);
        MatchDecision decision = matcher.match(this, row, keys, organisationBefore, previousOrganisation);
        // Matching changes no organisation, so the employer is still where it was found.
        String organisationId = companies.register(employer, employerFound).orElse(null);
        Employment job = row.companyName() == null && row.title() == null && organisationId == null
                ? null : new Employment(organisationId, row.companyName(), row.title());

        Entry person;
        EmploymentChange change;
        if (decision.match().isPresent()) {
            person = people.get(decision.match().get().personId());
            change = takeJob(person, job, previousOrganisation);
        } else {
            person = new Entry("person-" + ++lastSequence);
            people.put(person.id, person);
            person.current = job;
            change = EmploymentChange.NONE;
        }
        rememberPreviousJob(person, row, previousOrganisation);
        index(person, row, keys);
        state++;
        return new ImportOutcome(row, person.id, decision, canonical(organisationId), change);
    }

    /** Every distinct person, in the order they were first seen. */
    public List<KnownPerson> people() {
        return people.values().stream().map(this::snapshot).toList();
    }

    public Optional<KnownPerson> person(String personId) {
        return Optional.ofNullable(people.get(personId)).map(this::snapshot);
    }

    /** Every distinct organisation, in the order they were first seen. */
    public List<Organisation> organisations() {
        return companies.organisations();
    }

    /** The id an organisation is known by now: ids handed out earlier may since have become aliases of another. */
    public String canonicalOrganisationId(String organisationId) {
        return canonical(organisationId);
    }

    /** The known organisation the evidence points at, without changing anything. */
    public Optional<Organisation> findOrganisation(CompanyEvidence evidence) {
        return companies.find(evidence).flatMap(match -> companies.organisation(match.organisationId()));
    }

    @Override
    public Optional<KnownPerson> byVendorKey(String vendorKey) {
        return Optional.ofNullable(idByVendorKey.get(vendorKey)).flatMap(this::person);
    }

    @Override
    public Optional<KnownPerson> byLinkedInKey(String profileKey) {
        return Optional.ofNullable(idByLinkedInKey.get(profileKey)).flatMap(this::person);
    }

    @Override
    public Optional<KnownPerson> byEmailKey(String emailKey) {
        return Optional.ofNullable(idByEmailKey.get(emailKey)).flatMap(this::person);
    }

    @Override
    public List<KnownPerson> byExactName(String exactKey) {
        return snapshots(idsByExactName.get(exactKey));
    }

    @Override
    public List<KnownPerson> byFoldedName(String foldedKey) {
        return snapshots(idsByFoldedName.get(foldedKey));
    }

    @Override
    public List<KnownPerson> byLatinReading(String readingKey) {
        return snapshots(idsByLatinReading.get(readingKey));
    }

    /**
     * Readings are coarse (digits and punctuation drop out), so a common one can be shared by hundreds of
     * people; only a name read alike in the other script can make a cross-script suggestion, so without one
     * nobody needs to be looked at.
     */
    @Override
    public List<KnownPerson> byLatinReadingAcrossScripts(String readingKey, boolean incomingHan) {
        return (incomingHan ? otherScriptReadings : hanReadings).contains(readingKey) ? byLatinReading(readingKey) : List.of();
    }

    private EmploymentChange takeJob(Entry person, Employment job, String previousOrganisation) {
        Employment current = person.current;
        if (job == null) {
            return EmploymentChange.NONE;
        }
        if (current == null || current.organisationId() == null && current.companyName() == null) {
            person.current = job;
            return EmploymentChange.NONE;
        }
        if (sameEmployer(current, job)) {
            person.current = combined(current, job);
            return EmploymentChange.NONE;
        }
        boolean leftCurrentEmployer = previousOrganisation != null && current.organisationId() != null
                && canonical(previousOrganisation).equals(canonical(current.organisationId()));
        if (!leftCurrentEmployer) {
            if (person.previous.stream().anyMatch(previous -> sameEmployer(previous, job))) {
                return EmploymentChange.PAST_EMPLOYMENT;
            }
            if (current.organisationId() != null && job.organisationId() != null
                    && companies.linkAsAliases(current.organisationId(), job.organisationId())) {
                person.current = combined(current, job);
                return EmploymentChange.COMPANY_ALIAS;
            }
        }
        person.previous.add(current);
        person.current = job;
        return EmploymentChange.MOVE;
    }

    /** Keeps the employer a row names as previous, unless the person's history already has it. */
    private void rememberPreviousJob(Entry person, ImportedPerson row, String previousOrganisation) {
        if (row.previousCompanyName() == null && row.previousCompanyVendorId() == null) {
            return;
        }
        Employment previousJob = new Employment(previousOrganisation, row.previousCompanyName(), row.previousTitle());
        boolean known = person.previous.stream().anyMatch(job -> sameEmployer(job, previousJob))
                || person.current != null && sameEmployer(person.current, previousJob);
        if (!known) {
            person.previous.add(previousJob);
        }
    }

    private boolean sameEmployer(Employment first, Employment second) {
        if (first.organisationId() != null || second.organisationId() != null) {
            return first.organisationId() != null && second.organisationId() != null
                    && canonical(first.organisationId()).equals(canonical(second.organisationId()));
        }
        return first.companyName() != null && second.companyName() != null
                && first.companyName().strip().toLowerCase(Locale.ROOT).equals(second.companyName().strip().toLowerCase(Locale.ROOT));
    }

    /** The newer row's job, its blanks filled from what was known. */
    private static Employment combined(Employment known, Employment newer) {
        return new Employment(
                newer.organisationId() != null ? newer.organisationId() : known.organisationId(),
                newer.companyName() != null ? newer.companyName() : known.companyName(),
                newer.title() != null ? newer.title() : known.title());
    }

    private void index(Entry person, ImportedPerson row, PersonKeys keys) {
        person.rows.add(row);
        PersonName name = new PersonName(row.firstName(), row.lastName());
        if ((name.firstName() != null || name.lastName() != null) && !person.names.contains(name)) {
            person.names = with(person.names, name);
        }
        if (keys.vendorKey() != null) {
            person.vendorKeys = with(person.vendorKeys, keys.vendorKey());
            idByVendorKey.putIfAbsent(keys.vendorKey(), person.id);
        }
        if (keys.linkedInKey() != null) {
            person.linkedInKeys = with(person.linkedInKeys, keys.linkedInKey());
            idByLinkedInKey.putIfAbsent(keys.linkedInKey(), person.id);
        }
        for (String key : keys.emailKeys()) {
            person.emailKeys = with(person.emailKeys, key);
            idByEmailKey.putIfAbsent(key, person.id);
        }
        addToIndex(idsByExactName, keys.exactName(), person.id);
        addToIndex(idsByFoldedName, keys.foldedName(), person.id);
        addToIndex(idsByLatinReading, keys.latinReading(), person.id);
        if (keys.latinReading() != null) {
            (keys.han() ? hanReadings : otherScriptReadings).add(keys.latinReading());
        }
    }

    private static <T> List<T> with(List<T> values, T value) {
        if (values.isEmpty()) {
            return List.of(value);
        }
        List<T> more = new ArrayList<>(values);
        more.add(value);
        return List.copyOf(more);
    }

    private static Set<String> with(Set<String> keys, String key) {
        if (keys.isEmpty()) {
            return Set.of(key);
        }
        if (keys.contains(key)) {
            return keys;
        }
        Set<String> more = new HashSet<>(keys);
        more.add(key);
        return Set.copyOf(more);
    }

    /** Most keys belong to one person, so a key's ids start as a singleton and grow into an ordered set. */
    private static void addToIndex(Map<String, Set<String>> index, String key, String personId) {
        if (key == null) {
            return;
        }
        Set<String> ids = index.putIfAbsent(key, Set.of(personId));
        if (ids == null || ids.contains(personId)) {
            return;
        }
        if (ids instanceof LinkedHashSet<String> growing) {
            growing.add(personId);
        } else {
            Set<String> grown = new LinkedHashSet<>(ids);
            grown.add(personId);
            index.put(key, grown);
        }
    }

    private List<KnownPerson> snapshots(Set<String> ids) {
        return ids == null ? List.of() : ids.stream().map(id -> snapshot(people.get(id))).toList();
    }

    private KnownPerson snapshot(Entry person) {
        if (person.snapshot == null || person.snapshotAt != state) {
            List<Employment> previous = person.previous.isEmpty() ? List.of() : new ArrayList<>(person.previous.size());
            for (Employment job : person.previous) {
                previous.add(canonicalJob(job));
            }
            person.snapshot = new KnownPerson(person.id, person.names, person.emailKeys, person.linkedInKeys, person.vendorKeys,
                    canonicalJob(person.current), previous, person.rows);
            person.snapshotAt = state;
        }
        return person.snapshot;
    }

    private Employment canonicalJob(Employment job) {
        return job == null ? null : new Employment(canonical(job.organisationId()), job.companyName(), job.title());
    }

    private String canonical(String organisationId) {
        return organisationId == null ? null : companies.canonicalId(organisationId);
    }

    private static final class Entry {
        final String id;
        // Immutable and replaced when they grow, so that snapshots share them instead of copying them.
        List<PersonName> names = List.of();
        Set<String> emailKeys = Set.of();
        Set<String> linkedInKeys = Set.of();
        Set<String> vendorKeys = Set.of();
        final List<Employment> previous = new ArrayList<>();
        final List<ImportedPerson> rows = new ArrayList<>();
        Employment current;
        KnownPerson snapshot;
        int snapshotAt;

        Entry(String id) {
            this.id = id;
        }
    }
}
