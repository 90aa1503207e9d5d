package com.decisionchain.stakeholder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.decisionchain.account.AccountService;
import com.decisionchain.common.ApiException;
import com.decisionchain.common.Ids;
import com.decisionchain.common.Keyset;
import com.decisionchain.common.Lookups;
import com.decisionchain.common.Page;
import com.decisionchain.common.PageRequest;
import com.decisionchain.common.Patch;
import com.decisionchain.stakeholder.StakeholderInputs.RelationshipInput;
import com.decisionchain.stakeholder.StakeholderInputs.StakeholderFilter;
import com.decisionchain.stakeholder.StakeholderInputs.StakeholderInput;
import com.decisionchain.stakeholder.StakeholderInputs.StakeholderPatch;

import io.quarkus.hibernate.orm.panache.Panache;

/** People at accounts, their history, reporting lines and relationships. */
@ApplicationScoped
public class StakeholderService {

    /** Deepest reporting chain walked when checking for a cycle. */
    private static final int MAX_REPORTING_DEPTH = 64;

    private final AccountService accounts;

    public StakeholderService(AccountService accounts) {
        this.accounts = accounts;
    }

    public Stakeholder require(UUID id) {
        return Lookups.require(Stakeholder.class, "Stakeholder", id);
    }

    public Map<UUID, Stakeholder> byIds(Collection<UUID> ids) {
        return Lookups.byIds(Stakeholder.class, ids);
    }

    /** Search matches names and titles, and email addresses only for callers who may see them. */
    public Page<Stakeholder> list(StakeholderFilter filter, boolean searchContactDetails, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter != null) {
            if (filter.accountId() != null) {
                conditions.add("e.accountId = :accountId");
                parameters.put("accountId", Ids.parse(filter.accountId()).orElse(new UUID(0, 0)));
            }
            if (filter.search() != null && !filter.search().isBlank()) {
                conditions.add("(lower(e.fullName) like :search escape '\\' or lower(e.title) like :search escape '\\'"
                        + (searchContactDetails ? " or lower(e.email) like :search escape '\\'" : "") + ")");
                parameters.put("search", Patch.containsPattern(filter.search()));
            }
            if (filter.status() != null) {
                conditions.add("e.status = :status");
                parameters.put("status", filter.status());
            }
            if (filter.role() != null) {
                conditions.add("exists (from CommitteeMember m where m.stakeholderId = e.id and m.role = :role"
                        + " and m.validTo is null)");
                parameters.put("role", filter.role());
            }
        }
        return Page.query(Stakeholder.class, String.join(" and ", conditions), parameters, Keyset.CREATED_ASC, page);
    }

    /** One page of stakeholders per account, for {@code Account.stakeholders}. */
    public Map<UUID, Page<Stakeholder>> pagesByAccount(List<UUID> accountIds, StakeholderStatus status, PageRequest page) {
        String where = status == null ? "" : "t.status = ?2";
        List<Object> parameters = status == null ? List.of() : List.of(status.name());
        return Page.perParent(Stakeholder.class, s -> s.id, "stakeholder t", "t.account_id", where, parameters,
                accountIds, Keyset.CREATED_ASC, page);
    }

    @Transactional
    public Stakeholder create(StakeholderInput input, String actor) {
        UUID accountId = Ids.require("Account", input.accountId());
        accounts.require(accountId);
        Stakeholder stakeholder = new Stakeholder();
        stakeholder.accountId = accountId;
        stakeholder.firstName = Patch.blankToNull(input.firstName());
        stakeholder.lastName = Patch.blankToNull(input.lastName());
        stakeholder.fullName = fullName(input.fullName(), stakeholder.firstName, stakeholder.lastName);
        stakeholder.title = Patch.blankToNull(input.title());
        stakeholder.department = Patch.blankToNull(input.department());
        stakeholder.seniority = input.seniority() == null ? Seniority.UNKNOWN : input.seniority();
        stakeholder.email = Patch.blankToNull(input.email());
        stakeholder.phone = Patch.blankToNull(input.phone());
        stakeholder.linkedinUrl = Patch.blankToNull(input.linkedinUrl());
        stakeholder.location = Patch.blankToNull(input.location());
        if (input.reportsToId() != null) {
            stakeholder.reportsToId = reportingLine(stakeholder, input.reportsToId(), "input.reportsToId");
        }
        stakeholder.personId = input.personId() == null ? newPerson() : existingPerson(input.personId());
        stakeholder.persist();
        record(stakeholder, "created", null, stakeholder.fullName, Instant.now(), actor);
        stakeholder.flush();
        return stakeholder;
    }

    @Transactional
    public Stakeholder update(UUID id, StakeholderPatch patch, Integer expectedVersion, String actor) {
        Stakeholder s = require(id);
        Patch.checkVersion(expectedVersion, s.version);
        Instant effectiveAt = patch.effectiveAt() == null ? Instant.now() : patch.effectiveAt();
        s.firstName = change(s, "firstName", s.firstName, Patch.text(patch.firstName(), s.firstName), effectiveAt, actor);
        s.lastName = change(s, "lastName", s.lastName, Patch.text(patch.lastName(), s.lastName), effectiveAt, actor);
        String wantedFullName = patch.fullName() != null || patch.firstName() != null || patch.lastName() != null
                ? fullName(patch.fullName(), s.firstName, s.lastName)
                : s.fullName;
        s.fullName = change(s, "fullName", s.fullName, wantedFullName, effectiveAt, actor);
        String title = change(s, "title", s.title, Patch.text(patch.title(), s.title), effectiveAt, actor);
        if (!Objects.equals(title, s.title)) {
            s.titleChangedAt = effectiveAt;
        }
        s.title = title;
        s.department = change(s, "department", s.department, Patch.text(patch.department(), s.department), effectiveAt, actor);
        if (patch.seniority() != null && patch.seniority() != s.seniority) {
            record(s, "seniority", s.seniority.name(), patch.seniority().name(), effectiveAt, actor);
            s.seniority = patch.seniority();
        }
        s.email = change(s, "email", s.email, Patch.text(patch.email(), s.email), effectiveAt, actor);
        s.phone = change(s, "phone", s.phone, Patch.text(patch.phone(), s.phone), effectiveAt, actor);
        s.linkedinUrl = change(s, "linkedinUrl", s.linkedinUrl, Patch.text(patch.linkedinUrl(), s.linkedinUrl), effectiveAt, actor);
        s.location = change(s, "location", s.location, Patch.text(patch.location(), s.location), effectiveAt, actor);
        if (patch.reportsToId() != null) {
            UUID manager = patch.reportsToId().isEmpty() ? null : reportingLine(s, patch.reportsToId(), "input.reportsToId");
            if (!Objects.equals(manager, s.reportsToId)) {
                record(s, "reportsToId", Ids.str(s.reportsToId), Ids.str(manager), effectiveAt, actor);
                s.reportsToId = manager;
            }
        }
        s.flush();
        return s;
    }

    @Transactional
    public Stakeholder markLeft(UUID id, LocalDate leftAt, String actor) {
        Stakeholder s = require(id);
        LocalDate date = leftAt == null ? LocalDate.now(ZoneOffset.UTC) : leftAt;
        record(s, "status", s.status.name(), StakeholderStatus.LEFT_COMPANY.name(),
                date.atStartOfDay().toInstant(ZoneOffset.UTC), actor);
        s.status = StakeholderStatus.LEFT_COMPANY;
        s.leftAt = date;
        s.flush();
        return s;
    }

    /**
     * Folds a duplicate record into the survivor: roles, interactions, commitments, relationships,
     * reports, other employments and imported evidence move over, empty fields of the survivor are
     * filled from the duplicate, and the duplicate is deleted.
     */
    @Transactional
    public Stakeholder merge(UUID survivorId, UUID duplicateId, String actor) {
        if (survivorId.equals(duplicateId)) {
            throw ApiException.invalid("duplicateId", "must differ from survivorId");
        }
        Stakeholder survivor = require(survivorId);
        Stakeholder duplicate = require(duplicateId);
        if (!survivor.accountId.equals(duplicate.accountId)) {
            throw ApiException.invalid("duplicateId", "must be a stakeholder of the survivor's account");
        }
        Session session = Panache.getSession();
        session.flush();
        String tenant = survivor.tenantId;
        // A meeting both records attended keeps one participant row, with the answers combined.
        execute(session, "update interaction_participant p set invited = p.invited or d.invited, "
                + "attended = coalesce(p.attended or d.attended, p.attended, d.attended), "
                + "responded = coalesce(p.responded or d.responded, p.responded, d.responded) "
                + "from interaction_participant d where p.stakeholder_id = ?1 and d.stakeholder_id = ?2 "
                + "and d.interaction_id = p.interaction_id and p.tenant_id = ?3 and d.tenant_id = ?3",
                survivorId, duplicateId, tenant);
        execute(session, "delete from interaction_participant d where d.stakeholder_id = ?2 and d.tenant_id = ?3 "
                + "and exists (select 1 from interaction_participant p where p.stakeholder_id = ?1 "
                + "and p.interaction_id = d.interaction_id)", survivorId, duplicateId, tenant);
        execute(session, "update interaction_participant set stakeholder_id = ?1 where stakeholder_id = ?2 and tenant_id = ?3",
                survivorId, duplicateId, tenant);
        // A role both records hold stays the survivor's; the duplicate's copy ends now.
        execute(session, "update committee_member d set valid_to = greatest(now(), d.valid_from) where d.stakeholder_id = ?2 "
                + "and d.tenant_id = ?3 and d.valid_to is null and exists (select 1 from committee_member s "
                + "where s.stakeholder_id = ?1 and s.opportunity_id = d.opportunity_id and s.role = d.role "
                + "and s.valid_to is null)", survivorId, duplicateId, tenant);
        execute(session, "update committee_member set stakeholder_id = ?1 where stakeholder_id = ?2 and tenant_id = ?3",
                survivorId, duplicateId, tenant);
        execute(session, "update commitment set stakeholder_id = ?1 where stakeholder_id = ?2 and tenant_id = ?3",
                survivorId, duplicateId, tenant);
        execute(session, "delete from relationship where tenant_id = ?3 and ((from_id = ?1 and to_id = ?2) "
                + "or (from_id = ?2 and to_id = ?1))", survivorId, duplicateId, tenant);
        execute(session, "update relationship set from_id = ?1 where from_id = ?2 and tenant_id = ?3",
                survivorId, duplicateId, tenant);
        execute(session, "update relationship set to_id = ?1 where to_id = ?2 and tenant_id = ?3",
                survivorId, duplicateId, tenant);
        // The same edge recorded on both records is kept once.
        execute(session, "delete from relationship a using relationship b where a.tenant_id = ?2 and b.tenant_id = ?2 "
                + "and a.type = b.type and a.from_id = b.from_id and a.to_id = b.to_id and a.id > b.id "
                + "and (a.from_id = ?1 or a.to_id = ?1)", survivorId, tenant);
        execute(session, "update stakeholder set reports_to_id = null where id = ?1 and reports_to_id = ?2 and tenant_id = ?3",
                survivorId, duplicateId, tenant);
        execute(session, "update stakeholder set reports_to_id = ?1, version = version + 1, updated_at = now() "
                + "where reports_to_id = ?2 and tenant_id = ?3", survivorId, duplicateId, tenant);
        execute(session, "update stakeholder_change set stakeholder_id = ?1 where stakeholder_id = ?2 and tenant_id = ?3",
                survivorId, duplicateId, tenant);
        execute(session, "update stakeholder set person_id = ?1, version = version + 1, updated_at = now() "
                + "where person_id = ?2 and id <> ?3 and tenant_id = ?4",
                survivor.personId, duplicate.personId, duplicateId, tenant);
        // The export rows imports took the duplicate from become the survivor's evidence, and later imports replay
        // them as the survivor's.
        execute(session, "update import_source_row set person_id = ?1, stakeholder_id = case when stakeholder_id = ?2 "
                + "then ?3 else stakeholder_id end where tenant_id = ?5 and (stakeholder_id = ?2 or person_id = ?4 and ?4 <> ?1)",
                survivor.personId, duplicateId, survivorId, duplicate.personId, tenant);
        UUID duplicateManager = duplicate.reportsToId;
        session.clear();

        survivor = require(survivorId);
        duplicate = require(duplicateId);
        survivor.firstName = firstPresent(survivor.firstName, duplicate.firstName);
        survivor.lastName = firstPresent(survivor.lastName, duplicate.lastName);
        survivor.title = firstPresent(survivor.title, duplicate.title);
        survivor.department = firstPresent(survivor.department, duplicate.department);
        survivor.email = firstPresent(survivor.email, duplicate.email);
        survivor.phone = firstPresent(survivor.phone, duplicate.phone);
        survivor.linkedinUrl = firstPresent(survivor.linkedinUrl, duplicate.linkedinUrl);
        survivor.location = firstPresent(survivor.location, duplicate.location);
        if (survivor.seniority == Seniority.UNKNOWN) {
            survivor.seniority = duplicate.seniority;
        }
        if (survivor.reportsToId == null && duplicateManager != null && !duplicateManager.equals(survivorId)
                && !reportsUpTo(duplicateManager, survivorId)) {
            survivor.reportsToId = duplicateManager;
        }
        UUID duplicatePerson = duplicate.personId;
        record(survivor, "mergedFrom", duplicate.fullName, duplicateId.toString(), Instant.now(), actor);
        duplicate.delete();
        session.flush();
        execute(session, "delete from person p where p.id = ?1 and p.tenant_id = ?2 and not exists (select 1 "
                + "from stakeholder s where s.person_id = p.id)", duplicatePerson, tenant);
        return survivor;
    }

    public Map<UUID, List<Stakeholder>> directReports(Collection<UUID> managerIds) {
        Map<UUID, List<Stakeholder>> byManager = new HashMap<>();
        if (!managerIds.isEmpty()) {
            Stakeholder.<Stakeholder> list("reportsToId in ?1 order by fullName, id", managerIds)
                    .forEach(s -> byManager.computeIfAbsent(s.reportsToId, key -> new ArrayList<>()).add(s));
        }
        return byManager;
    }

    public Map<UUID, List<Relationship>> relationships(Collection<UUID> stakeholderIds) {
        Map<UUID, List<Relationship>> byStakeholder = new HashMap<>();
        if (!stakeholderIds.isEmpty()) {
            for (Relationship r : Relationship.<Relationship> list(
                    "fromId in ?1 or toId in ?1 order by at, id", stakeholderIds)) {
                if (stakeholderIds.contains(r.fromId)) {
                    byStakeholder.computeIfAbsent(r.fromId, key -> new ArrayList<>()).add(r);
                }
                if (stakeholderIds.contains(r.toId)) {
                    byStakeholder.computeIfAbsent(r.toId, key -> new ArrayList<>()).add(r);
                }
            }
        }
        return byStakeholder;
    }

    @Transactional
    public Relationship addRelationship(RelationshipInput input) {
        UUID fromId = Ids.require("Stakeholder", input.fromId());
        UUID toId = Ids.require("Stakeholder", input.toId());
        if (fromId.equals(toId)) {
            throw ApiException.invalid("input.toId", "must differ from fromId");
        }
        require(fromId);
        require(toId);
        if (input.type() == RelationshipType.INFLUENCES && input.weight() == null) {
            throw ApiException.invalid("input.weight", "is required for INFLUENCES (1 to 3)");
        }
        Relationship relationship = new Relationship();
        relationship.type = input.type();
        relationship.fromId = fromId;
        relationship.toId = toId;
        relationship.weight = input.weight() == null ? null : input.weight().shortValue();
        relationship.note = Patch.blankToNull(input.note());
        relationship.source = StakeholderChange.API_SOURCE;
        relationship.at = input.at() == null ? Instant.now() : input.at();
        relationship.persist();
        relationship.flush();
        return relationship;
    }

    @Transactional
    public boolean removeRelationship(UUID id) {
        Lookups.require(Relationship.class, "Relationship", id).delete();
        return true;
    }

    public List<Relationship> relationshipsAmong(Collection<UUID> stakeholderIds) {
        if (stakeholderIds.isEmpty()) {
            return List.of();
        }
        return Relationship.list("fromId in ?1 and toId in ?1 order by at, id", stakeholderIds);
    }

    public List<Stakeholder> ofAccount(UUID accountId) {
        return Stakeholder.list("accountId = ?1 order by createdAt, id", accountId);
    }

    private UUID newPerson() {
        Person person = new Person();
        person.persist();
        return person.id;
    }

    private UUID existingPerson(String personId) {
        UUID id = Ids.require("Person", personId);
        if (Person.findById(id) == null) {
            throw ApiException.notFound("Person", personId);
        }
        return id;
    }

    /** The manager id, checked: same account and no reporting cycle. */
    private UUID reportingLine(Stakeholder stakeholder, String managerId, String field) {
        UUID id = Ids.require("Stakeholder", managerId);
        Stakeholder manager = require(id);
        if (!manager.accountId.equals(stakeholder.accountId)) {
            throw ApiException.invalid(field, "must be a stakeholder of the same account");
        }
        if (stakeholder.id != null && reportsUpTo(id, stakeholder.id)) {
            throw ApiException.invalid(field, "would make a reporting cycle");
        }
        return id;
    }

    /** Whether {@code target} is {@code start} or above it in the reporting line. */
    private static boolean reportsUpTo(UUID start, UUID target) {
        UUID current = start;
        for (int depth = 0; current != null && depth < MAX_REPORTING_DEPTH; depth++) {
            if (current.equals(target)) {
                return true;
            }
            Stakeholder next = Stakeholder.findById(current);
            current = next == null ? null : next.reportsToId;
        }
        return false;
    }

    private static String fullName(String fullName, String firstName, String lastName) {
        String given = Patch.blankToNull(fullName);
        if (given != null) {
            return given;
        }
        String joined = String.join(" ", java.util.stream.Stream.of(firstName, lastName)
                .filter(Objects::nonNull).toList()).trim();
        if (joined.isEmpty()) {
            throw ApiException.invalid("input.fullName", "a name is required (fullName, firstName or lastName)");
        }
        if (joined.length() > 200) {
            throw ApiException.invalid("input.fullName", "size must be between 0 and 200");
        }
        return joined;
    }

    private String change(Stakeholder s, String field, String oldValue, String newValue, Instant effectiveAt, String actor) {
        if (!Objects.equals(oldValue, newValue)) {
            record(s, field, oldValue, newValue, effectiveAt, actor);
        }
        return newValue;
    }

    private static void record(Stakeholder s, String field, String oldValue, String newValue, Instant effectiveAt,
            String actor) {
        StakeholderChange change = new StakeholderChange();
        change.stakeholderId = s.id;
        change.field = field;
        change.oldValue = oldValue;
        change.newValue = newValue;
        change.source = StakeholderChange.API_SOURCE;
        change.effectiveAt = effectiveAt;
        change.recordedAt = Instant.now();
        change.recordedBy = actor == null || actor.length() <= 200 ? actor : actor.substring(0, 200);
        change.persist();
    }

    private static String firstPresent(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static void execute(Session session, String sql, Object... parameters) {
        var statement = session.createNativeMutationQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setParameter(i + 1, parameters[i]);
        }
        statement.executeUpdate();
    }
}
