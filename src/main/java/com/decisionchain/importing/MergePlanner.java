package com.decisionchain.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.decisionchain.importing.MergePlan.AccountMerge;
import com.decisionchain.importing.MergePlan.AccountWrite;
import com.decisionchain.importing.MergePlan.Counts;
import com.decisionchain.importing.MergePlan.FieldChange;
import com.decisionchain.importing.MergePlan.ReviewPair;
import com.decisionchain.importing.MergePlan.StagedRow;
import com.decisionchain.importing.MergePlan.StakeholderWrite;
import com.decisionchain.taxonomy.RoleInference;
import com.decisionchain.taxonomy.Seniority;
import com.decisionchain.taxonomy.TitleRoleInference;

/**
 * Decides what an import changes in a tenant, without touching a database. The tenant's history is
 * replayed into a {@link PeopleDirectory} (stakeholders entered by hand first, then every row earlier
 * imports applied, in order), so matching sees exactly what a single pass over all files would see and
 * reproduces the answer key across separate jobs. Then the file's rows are added and the differences
 * become the plan: new people, accounts and stakeholders, moves (the old stakeholder row ends
 * {@code LEFT_COMPANY}, a new one starts at the new account for the same person), changed fields with
 * their business time and source, role and review suggestions.
 *
 * <p>A row identical to one already applied (same source, same values, any line) changes nothing and
 * counts {@code unchanged}, which makes re-importing a file a no-op.
 */
public final class MergePlanner {

    static final String ACTIVE = "ACTIVE";
    static final String LEFT_COMPANY = "LEFT_COMPANY";

    private final TitleRoleInference inference;

    public MergePlanner(TitleRoleInference inference) {
        this.inference = inference;
    }

    /**
     * @param state   what the tenant holds
     * @param rows    the file's rows in order (row errors count as failed)
     * @param jobId   the job, for provenance
     * @param jobTime business time of facts a row does not date
     */
    public MergePlan plan(MergeState state, List<ImportRow> rows, UUID jobId, Instant jobTime) {
        return plan(state, rows, jobId, jobTime, Progress.NONE);
    }

    /** Like {@link #plan(MergeState, List, UUID, Instant)}, telling {@code progress} every {@link Progress#EVERY} rows. */
    public MergePlan plan(MergeState state, List<ImportRow> rows, UUID jobId, Instant jobTime, Progress progress) {
        return new Run(state, jobId, jobTime).plan(rows, progress);
    }

    /** Hears how many of the file's rows have been placed so far. */
    @FunctionalInterface
    public interface Progress {
        int EVERY = 1_000;
        Progress NONE = placed -> { };

        void placed(int rows);
    }

    /** The system name an account external id is stored under for a source ({@code zoominfo} → {@code ZOOMINFO}). */
    public static String externalSystem(String source) {
        return source.toUpperCase(java.util.Locale.ROOT);
    }

    private final class Run {
        private final MergeState state;
        private final UUID jobId;
        private final Instant jobTime;
        private final LocalDate jobDate;
        private final PeopleDirectory directory = new PeopleDirectory(MatchTier.FOLDED_NAMES_AT_COMPANY);
        private final Map<String, UUID> personOf = new HashMap<>();
        private final Map<String, Set<UUID>> accountsOfOrganisation = new HashMap<>();
        private final Map<ImportedPerson, String> organisationOfRow = new IdentityHashMap<>();
        private final Map<UUID, MergeState.Account> accountsById = new HashMap<>();
        private final Map<UUID, List<MergeState.Stakeholder>> stakeholdersOfPerson = new HashMap<>();
        private final Map<String, LocalDate> moveDates = new HashMap<>();
        /** Many people share a title, and trying every taxonomy rule on it each time would dominate the plan. */
        private final Map<TitleAndLevel, Optional<RoleInference>> roles = new HashMap<>();
        private final RowDigest digest = new RowDigest();

        Run(MergeState state, UUID jobId, Instant jobTime) {
            this.state = state;
            this.jobId = jobId;
            this.jobTime = jobTime;
            this.jobDate = jobTime.atZone(ZoneOffset.UTC).toLocalDate();
            state.accounts().forEach(account -> accountsById.put(account.id(), account));
            state.stakeholders().forEach(s -> stakeholdersOfPerson.computeIfAbsent(s.personId(), k -> new ArrayList<>()).add(s));
        }

        MergePlan plan(List<ImportRow> rows, Progress progress) {
            Set<String> knownHashes = replayHistory();
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            int skipped = 0;
            int failed = 0;
            List<ImportedPerson> staged = new ArrayList<>();
            Map<ImportedPerson, String> personOfRow = new IdentityHashMap<>();
            Map<ImportedPerson, String> hashOfRow = new IdentityHashMap<>();
            Set<UUID> newPeople = new HashSet<>();
            Map<ImportedPerson, List<ReviewSuggestion>> suggestions = new IdentityHashMap<>();
            Set<String> touched = new LinkedHashSet<>();
            int placed = 0;
            for (ImportRow row : rows) {
                if (++placed % Progress.EVERY == 0) {
                    progress.placed(placed);
                }
                if (!(row instanceof ImportedPerson person)) {
                    failed++;
                    continue;
                }
                String hash = digest.of(person);
                if (!knownHashes.add(hash)) {
                    unchanged++;
                    continue;
                }
                hashOfRow.put(person, hash);
                ImportOutcome outcome = directory.add(person);
                organisationOfRow.put(person, outcome.organisationId());
                personOfRow.put(person, outcome.personId());
                staged.add(person);
                touched.add(outcome.personId());
                if (!personOf.containsKey(outcome.personId())) {
                    UUID id = TimeOrderedIds.next();
                    personOf.put(outcome.personId(), id);
                    newPeople.add(id);
                    created++;
                } else if (outcome.employmentChange() == EmploymentChange.PAST_EMPLOYMENT) {
                    skipped++;
                } else {
                    updated++;
                }
                if (outcome.employmentChange() == EmploymentChange.MOVE) {
                    moveDates.put(outcome.personId(), person.lastJobChangeDate() != null
                            ? person.lastJobChangeDate() : jobDate);
                }
                if (!outcome.decision().suggestions().isEmpty()) {
                    suggestions.put(person, outcome.decision().suggestions());
                }
            }

            Set<String> organisations = new LinkedHashSet<>();
            staged.forEach(row -> Optional.ofNullable(canonical(organisationOfRow.get(row))).ifPresent(organisations::add));
            for (String personKey : touched) {
                Optional.ofNullable(directory.person(personKey).orElseThrow().currentOrganisationId()).ifPresent(organisations::add);
            }
            Accounts accounts = resolveAccounts(organisations);

            Map<UUID, Map<UUID, UUID>> stakeholderAt = new HashMap<>();
            List<StakeholderWrite> stakeholderWrites = new ArrayList<>();
            List<FieldChange> changes = new ArrayList<>();
            for (String personKey : touched) {
                planPerson(personKey, accounts, stakeholderAt, stakeholderWrites, changes);
            }

            List<StagedRow> stagedRows = new ArrayList<>();
            for (ImportedPerson row : staged) {
                UUID personId = personOf.get(personOfRow.get(row));
                String organisation = canonical(organisationOfRow.get(row));
                UUID accountId = organisation == null ? null : accounts.accountOf.get(organisation);
                UUID stakeholderId = accountId == null ? null
                        : stakeholderAt.getOrDefault(personId, Map.of()).get(accountId);
                stagedRows.add(new StagedRow(row, personId, newPeople.remove(personId), stakeholderId, accountId, hashOfRow.get(row)));
            }

            List<ReviewPair> reviewPairs = new ArrayList<>();
            suggestions.forEach((row, list) -> {
                UUID stakeholder = currentStakeholder(personOfRow.get(row), accounts, stakeholderAt);
                for (ReviewSuggestion suggestion : list) {
                    UUID candidate = currentStakeholder(suggestion.personId(), accounts, stakeholderAt);
                    if (stakeholder != null && candidate != null && !stakeholder.equals(candidate)) {
                        reviewPairs.add(new ReviewPair(stakeholder, candidate, suggestion.reason(), suggestion.confidence()));
                    }
                }
            });

            Counts counts = new Counts(created, updated, unchanged, skipped, failed,
                    accounts.created, accounts.updated, accounts.unchanged);
            return new MergePlan(counts, stagedRows, accounts.writes, accounts.merges, stakeholderWrites, changes, reviewPairs);
        }

        /** Hand-entered stakeholders first, then the rows earlier imports applied; returns their hashes. */
        private Set<String> replayHistory() {
            Set<UUID> withEvidence = new HashSet<>();
            state.storedRows().forEach(stored -> withEvidence.add(stored.personId()));
            for (MergeState.Stakeholder s : state.stakeholders()) {
                if (ACTIVE.equals(s.status()) && !withEvidence.contains(s.personId())) {
                    replay(enteredByHand(s), s.personId(), s.accountId());
                }
            }
            Set<String> hashes = new HashSet<>();
            for (MergeState.StoredRow stored : state.storedRows()) {
                replay(stored.row(), stored.personId(), stored.accountId());
                hashes.add(stored.hash());
            }
            return hashes;
        }

        private void replay(ImportedPerson row, UUID personId, UUID accountId) {
            ImportOutcome outcome = directory.add(row);
            personOf.putIfAbsent(outcome.personId(), personId);
            organisationOfRow.put(row, outcome.organisationId());
            if (outcome.organisationId() != null && accountId != null) {
                accountsOfOrganisation.computeIfAbsent(outcome.organisationId(), k -> new LinkedHashSet<>()).add(accountId);
            }
        }

        private ImportedPerson enteredByHand(MergeState.Stakeholder s) {
            MergeState.Account account = accountsById.get(s.accountId());
            return new ImportedPerson("app", ImportFormat.GENERIC_CSV, 0, null, s.firstName(),
                    s.firstName() == null && s.lastName() == null ? s.fullName() : s.lastName(), s.title(),
                    account == null ? null : account.name(), null,
                    account == null ? null : account.domain() != null ? account.domain() : account.website(),
                    s.email() == null ? List.of() : List.of(s.email()), s.linkedinUrl(), s.phone(), null, null,
                    s.department(), null, null, null, null, null, null, null);
        }

        private String canonical(String organisationId) {
            return organisationId == null ? null : directory.canonicalOrganisationId(organisationId);
        }

        private Accounts resolveAccounts(Set<String> organisations) {
            Map<String, List<UUID>> known = new HashMap<>();
            accountsOfOrganisation.forEach((organisation, ids) ->
                    known.computeIfAbsent(canonical(organisation), k -> new ArrayList<>()).addAll(ids));
            Map<String, UUID> byVendorKey = new HashMap<>();
            Map<String, UUID> byDomain = new HashMap<>();
            Map<String, UUID> byNameKey = new HashMap<>();
            for (MergeState.Account account : state.accounts()) {
                account.vendorKeys().forEach(key -> byVendorKey.putIfAbsent(key, account.id()));
                Stream.of(account.domain(), WebDomains.fromWebsite(account.website())).filter(Objects::nonNull)
                        .forEach(domain -> byDomain.putIfAbsent(domain, account.id()));
                Optional.ofNullable(CompanyNames.key(account.name())).ifPresent(key -> byNameKey.putIfAbsent(key, account.id()));
            }
            Map<String, Organisation> organisationsById = new HashMap<>();
            directory.organisations().forEach(o -> organisationsById.put(o.organisationId(), o));

            Accounts result = new Accounts();
            for (String organisationId : organisations) {
                Organisation organisation = organisationsById.get(organisationId);
                List<UUID> candidates = new ArrayList<>(new LinkedHashSet<>(known.getOrDefault(organisationId, List.of())));
                candidates.removeIf(id -> !accountsById.containsKey(id) || result.mergedInto.containsKey(id));
                if (candidates.isEmpty()) {
                    Stream.concat(Stream.concat(organisation.vendorKeys().stream().map(byVendorKey::get),
                                    organisation.domains().stream().map(byDomain::get)),
                                    organisation.nameKeys().stream().map(byNameKey::get))
                            .filter(Objects::nonNull).filter(id -> !result.mergedInto.containsKey(id))
                            .findFirst().ifPresent(candidates::add);
                }
                if (candidates.isEmpty()) {
                    UUID id = TimeOrderedIds.next();
                    String name = organisation.names().isEmpty() ? organisationId : organisation.names().get(0);
                    String domain = organisation.domains().stream().sorted().findFirst().orElse(null);
                    result.writes.add(new AccountWrite(id, true, name, domain, organisation.vendorKeys().stream().sorted().toList()));
                    result.accountOf.put(organisationId, id);
                    result.created++;
                    continue;
                }
                candidates.sort(Comparator.comparing((UUID id) -> accountsById.get(id).createdAt()).thenComparing(UUID::toString));
                UUID kept = candidates.get(0);
                Set<String> haveKeys = new HashSet<>();
                String domain = null;
                for (UUID id : candidates) {
                    haveKeys.addAll(accountsById.get(id).vendorKeys());
                    if (domain == null) {
                        domain = accountsById.get(id).domain();
                    }
                }
                for (UUID dropped : candidates.subList(1, candidates.size())) {
                    result.merges.add(new AccountMerge(dropped, kept));
                    result.mergedInto.put(dropped, kept);
                }
                List<String> newKeys = organisation.vendorKeys().stream().filter(key -> !haveKeys.contains(key))
                        .filter(key -> !byVendorKey.containsKey(key) || candidates.contains(byVendorKey.get(key))).sorted().toList();
                String newDomain = accountsById.get(kept).domain() == null
                        ? (domain != null ? domain : organisation.domains().stream().sorted().findFirst().orElse(null)) : null;
                if (!newKeys.isEmpty() || newDomain != null || candidates.size() > 1) {
                    result.writes.add(new AccountWrite(kept, false, null, newDomain, newKeys));
                    result.updated++;
                } else {
                    result.unchanged++;
                }
                result.accountOf.put(organisationId, kept);
            }
            return result;
        }

        private void planPerson(String personKey, Accounts accounts, Map<UUID, Map<UUID, UUID>> stakeholderAt,
                                List<StakeholderWrite> writes, List<FieldChange> changes) {
            KnownPerson person = directory.person(personKey).orElseThrow();
            UUID personId = personOf.get(personKey);
            List<MergeState.Stakeholder> existing = stakeholdersOfPerson.getOrDefault(personId, List.of());
            Map<UUID, UUID> at = stakeholderAt.computeIfAbsent(personId, k -> new HashMap<>());
            for (MergeState.Stakeholder s : existing) {
                if (ACTIVE.equals(s.status())) {
                    at.putIfAbsent(accounts.resolve(s.accountId()), s.id());
                }
            }
            String organisation = person.currentOrganisationId();
            UUID accountId = organisation == null ? null : accounts.accountOf.get(organisation);
            if (accountId == null) {
                return;
            }
            List<ImportedPerson> rowsThere = new ArrayList<>(person.rows().size());
            for (ImportedPerson row : person.rows()) {
                if (organisation.equals(canonical(organisationOfRow.get(row)))) {
                    rowsThere.add(row);
                }
            }
            List<ImportedPerson> evidence = rowsThere.isEmpty() ? person.rows() : rowsThere;
            ImportedPerson latest = evidence.get(evidence.size() - 1);
            Instant changedAt = latest.lastJobChangeDate() != null
                    ? latest.lastJobChangeDate().atStartOfDay().toInstant(ZoneOffset.UTC) : jobTime;
            Fields fields = fields(person, evidence);
            RoleInference role = roles.computeIfAbsent(new TitleAndLevel(fields.title, fields.managementLevel),
                    key -> inference.infer(key.title(), key.managementLevel())).orElse(null);
            String seniority = Seniority.fromLabel(fields.managementLevel)
                    .or(() -> Optional.ofNullable(role).map(RoleInference::seniority))
                    .map(Enum::name).orElse(Seniority.UNKNOWN.name());

            UUID currentId = at.get(accountId);
            MergeState.Stakeholder current = currentId == null ? null
                    : existing.stream().filter(s -> s.id().equals(currentId)).findFirst().orElse(null);
            if (current != null) {
                String source = citation(latest);
                List<FieldChange> diff = new ArrayList<>();
                compare(diff, current.id(), "firstName", current.firstName(), fields.firstName, source, jobTime);
                compare(diff, current.id(), "lastName", current.lastName(), fields.lastName, source, jobTime);
                compare(diff, current.id(), "fullName", current.fullName(), fields.fullName, source, jobTime);
                compare(diff, current.id(), "title", current.title(), fields.title, source, changedAt);
                compare(diff, current.id(), "department", current.department(), fields.department, source, jobTime);
                compare(diff, current.id(), "seniority", current.seniority(), seniority, source, jobTime);
                compare(diff, current.id(), "email", current.email(), fields.email, source, jobTime);
                compare(diff, current.id(), "phone", current.phone(), fields.phone, source, jobTime);
                compare(diff, current.id(), "linkedinUrl", current.linkedinUrl(), fields.linkedinUrl, source, jobTime);
                compare(diff, current.id(), "location", current.location(), fields.location, source, jobTime);
                boolean titleChanged = !Objects.equals(current.title(), fields.title);
                boolean accountMoved = !accountId.equals(current.accountId());
                if (!diff.isEmpty() || accountMoved) {
                    changes.addAll(diff);
                    writes.add(new StakeholderWrite(current.id(), false, personId, accountId, fields.firstName, fields.lastName,
                            fields.fullName, fields.title, fields.department, seniority, fields.email, fields.phone,
                            fields.linkedinUrl, fields.location, ACTIVE, null,
                            titleChanged ? changedAt : current.titleChangedAt(), titleChanged || accountMoved ? role : null));
                }
                return;
            }
            UUID id = TimeOrderedIds.next();
            writes.add(new StakeholderWrite(id, true, personId, accountId, fields.firstName, fields.lastName, fields.fullName,
                    fields.title, fields.department, seniority, fields.email, fields.phone, fields.linkedinUrl,
                    fields.location, ACTIVE, null, null, role));
            at.put(accountId, id);
            LocalDate leftAt = moveDates.getOrDefault(personKey, jobDate);
            for (MergeState.Stakeholder old : existing) {
                if (ACTIVE.equals(old.status()) && !accounts.resolve(old.accountId()).equals(accountId)) {
                    writes.add(new StakeholderWrite(old.id(), false, personId, accounts.resolve(old.accountId()), old.firstName(),
                            old.lastName(), old.fullName(), old.title(), old.department(), old.seniority(), old.email(),
                            old.phone(), old.linkedinUrl(), old.location(), LEFT_COMPANY, leftAt, old.titleChangedAt(), null));
                    Instant leftInstant = leftAt.atStartOfDay().toInstant(ZoneOffset.UTC);
                    String source = citation(latest);
                    changes.add(new FieldChange(old.id(), "status", ACTIVE, LEFT_COMPANY, source, leftInstant));
                    at.remove(accounts.resolve(old.accountId()));
                    if (!Objects.equals(old.title(), fields.title)) {
                        changes.add(new FieldChange(id, "title", old.title(), fields.title, source, leftInstant));
                    }
                }
            }
        }

        /** Where a recorded change came from: this job's row. Built per change, since most imported people are new and have none. */
        private String citation(ImportedPerson row) {
            return "import:" + row.source() + ":" + jobId + ":" + row.line();
        }

        private UUID currentStakeholder(String personKey, Accounts accounts, Map<UUID, Map<UUID, UUID>> stakeholderAt) {
            KnownPerson person = directory.person(personKey).orElse(null);
            if (person == null || person.currentOrganisationId() == null) {
                return null;
            }
            UUID accountId = accounts.accountOf.get(person.currentOrganisationId());
            UUID personId = personOf.get(personKey);
            UUID planned = accountId == null ? null : stakeholderAt.getOrDefault(personId, Map.of()).get(accountId);
            if (planned != null) {
                return planned;
            }
            return stakeholdersOfPerson.getOrDefault(personId, List.of()).stream()
                    .filter(s -> ACTIVE.equals(s.status()))
                    .filter(s -> accountId == null || accountId.equals(accounts.resolve(s.accountId())))
                    .map(MergeState.Stakeholder::id).findFirst().orElse(null);
        }
    }

    private static void compare(List<FieldChange> diff, UUID stakeholderId, String field, String oldValue, String newValue,
                                String source, Instant effectiveAt) {
        if (!Objects.equals(oldValue, newValue)) {
            diff.add(new FieldChange(stakeholderId, field, oldValue, newValue, source, effectiveAt));
        }
    }

    /** Field values from a person's rows at their current employer: the latest row that says something wins. */
    private static Fields fields(KnownPerson person, List<ImportedPerson> rows) {
        Fields f = new Fields();
        for (ImportedPerson row : rows) {
            if (row.firstName() != null || row.lastName() != null) {
                f.firstName = row.firstName();
                f.lastName = row.lastName();
            }
            f.title = row.title() != null ? row.title() : f.title;
            f.department = row.department() != null ? row.department() : f.department;
            f.managementLevel = row.managementLevel() != null ? row.managementLevel() : f.managementLevel;
            f.linkedinUrl = row.linkedInUrl() != null ? row.linkedInUrl() : f.linkedinUrl;
            String phone = row.phone() != null ? row.phone() : row.mobilePhone();
            f.phone = phone != null ? phone : f.phone;
            String work = firstWorkEmail(row.emails());
            if (work != null) {
                f.email = work;
            } else if (f.email == null && !row.emails().isEmpty()) {
                f.email = row.emails().get(0);
            }
            if (row.city() != null || row.country() != null) {
                f.location = joinPresent(row.city(), ", ", row.country());
            }
        }
        if (person.currentEmployment() != null && person.currentEmployment().title() != null) {
            f.title = person.currentEmployment().title();
        }
        String joined = joinPresent(f.firstName, " ", f.lastName).strip();
        f.fullName = joined.isEmpty() ? Optional.ofNullable(f.email).orElse(Optional.ofNullable(f.linkedinUrl).orElse("?")) : joined;
        return f;
    }

    private static String firstWorkEmail(List<String> emails) {
        for (String email : emails) {
            if (WebDomains.workEmailDomain(email) != null) {
                return email;
            }
        }
        return null;
    }

    /** The values that are not null, joined by {@code separator}; empty when both are null. */
    private static String joinPresent(String first, String separator, String second) {
        if (first == null || second == null) {
            return first != null ? first : second != null ? second : "";
        }
        return first + separator + second;
    }

    private record TitleAndLevel(String title, String managementLevel) {
    }

    private static final class Fields {
        String firstName;
        String lastName;
        String fullName;
        String title;
        String department;
        String managementLevel;
        String email;
        String phone;
        String linkedinUrl;
        String location;
    }

    private static final class Accounts {
        final Map<String, UUID> accountOf = new LinkedHashMap<>();
        final Map<UUID, UUID> mergedInto = new HashMap<>();
        final List<AccountWrite> writes = new ArrayList<>();
        final List<AccountMerge> merges = new ArrayList<>();
        int created;
        int updated;
        int unchanged;

        UUID resolve(UUID accountId) {
            UUID id = accountId;
            while (mergedInto.containsKey(id)) {
                id = mergedInto.get(id);
            }
            return id;
        }
    }
}
