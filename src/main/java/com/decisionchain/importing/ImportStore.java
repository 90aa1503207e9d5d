package com.decisionchain.importing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.decisionchain.importing.MergePlan.AccountMerge;
import com.decisionchain.importing.MergePlan.AccountWrite;
import com.decisionchain.importing.MergePlan.FieldChange;
import com.decisionchain.importing.MergePlan.ReviewPair;
import com.decisionchain.importing.MergePlan.StagedRow;
import com.decisionchain.importing.MergePlan.StakeholderWrite;
import com.decisionchain.taxonomy.RoleInference;

/**
 * Reads a tenant's import state and writes a {@link MergePlan} over one JDBC connection of the job's
 * transaction (row-level security applies: the connection is bound to the job's tenant). Bulk rows go
 * through PostgreSQL COPY into temporary staging tables, then set-based SQL moves them into the tenant's tables.
 */
final class ImportStore {

    /** The columns an export row is kept in, as staged, in the order the staging COPY writes them. */
    private static final List<String> ROW_COLUMN_DEFINITIONS = List.of("vendor_id text", "first_name text", "last_name text",
            "title text", "company_name text", "company_vendor_id text", "company_website text", "emails text[] not null",
            "linkedin_url text", "phone text", "mobile_phone text", "management_level text", "department text",
            "previous_title text", "previous_company_name text", "previous_company_vendor_id text", "last_job_change_date date",
            "connected_on date", "city text", "country text");
    private static final String ROW_COLUMNS = ROW_COLUMN_DEFINITIONS.stream().map(column -> column.substring(0, column.indexOf(' ')))
            .collect(Collectors.joining(", "));
    private static final List<String> STAGED_ROW_COLUMNS = Stream.concat(Stream.of("line bigint not null",
            "source varchar(50) not null", "format varchar(30) not null", "person_id uuid not null", "new_person boolean not null",
            "stakeholder_id uuid", "account_id uuid", "row_hash varchar(64) not null"), ROW_COLUMN_DEFINITIONS.stream()).toList();
    /**
     * Stakeholder rows an import writes (new ones, and new values for existing ones). The confidence is staged as the
     * inferred double's decimal text, so that the suggestion's numeric(4, 3) column rounds it half up as before.
     */
    private static final List<String> STAGED_STAKEHOLDER_COLUMNS = List.of("stakeholder_id uuid not null",
            "is_new boolean not null", "person_id uuid not null", "account_id uuid not null", "first_name text", "last_name text",
            "full_name text not null", "title text", "department text", "seniority varchar(20) not null", "email text",
            "phone text", "linkedin_url text", "location text", "status varchar(20) not null", "left_at date",
            "title_changed_at timestamptz", "role varchar(50)", "role_confidence text", "role_rule varchar(500)",
            "role_source varchar(50)");
    /** The session's tenant, read once per statement (a sub-select) rather than for every row it inserts. */
    static final String SESSION_TENANT = "(select nullif(current_setting('app.tenant_id', true), ''))";
    /** From this many staged rows on, the tables a job fills get fresh statistics before its foreign-key checks. */
    private static final int REFRESH_STATISTICS_ROWS = 5_000;

    private final Connection connection;

    ImportStore(Connection connection) {
        this.connection = connection;
    }

    MergeState loadState() throws SQLException {
        List<MergeState.Stakeholder> stakeholders = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("select id, person_id, account_id, first_name, last_name, "
                + "full_name, title, department, seniority, email, phone, linkedin_url, location, status, left_at, "
                + "title_changed_at from stakeholder order by created_at, id"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Timestamp changed = r.getTimestamp(16);
                Date left = r.getDate(15);
                stakeholders.add(new MergeState.Stakeholder(r.getObject(1, UUID.class), r.getObject(2, UUID.class),
                        r.getObject(3, UUID.class), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                        r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12), r.getString(13),
                        r.getString(14), left == null ? null : left.toLocalDate(), changed == null ? null : changed.toInstant()));
            }
        }
        Map<UUID, Set<String>> keys = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("select account_id, system, value from account_external_id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                keys.computeIfAbsent(r.getObject(1, UUID.class), k -> new HashSet<>())
                        .add(r.getString(2).toLowerCase(Locale.ROOT) + ":" + r.getString(3));
            }
        }
        List<MergeState.Account> accounts = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("select id, name, domain, website, created_at from account");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                UUID id = r.getObject(1, UUID.class);
                accounts.add(new MergeState.Account(id, r.getString(2), r.getString(3), r.getString(4),
                        keys.getOrDefault(id, Set.of()), r.getTimestamp(5).toInstant()));
            }
        }
        List<MergeState.StoredRow> rows = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("select person_id, account_id, row_hash, source, format, line, "
                + ROW_COLUMNS + " from import_source_row order by seq")) {
            s.setFetchSize(10_000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new MergeState.StoredRow(personRow(r, 4), r.getObject(1, UUID.class), r.getObject(2, UUID.class),
                            r.getString(3)));
                }
            }
        }
        return new MergeState(stakeholders, accounts, rows);
    }

    private static ImportedPerson personRow(ResultSet r, int from) throws SQLException {
        int i = from;
        String source = r.getString(i++);
        ImportFormat format = ImportFormat.valueOf(r.getString(i++));
        long line = r.getLong(i++);
        String vendorId = r.getString(i++);
        String firstName = r.getString(i++);
        String lastName = r.getString(i++);
        String title = r.getString(i++);
        String companyName = r.getString(i++);
        String companyVendorId = r.getString(i++);
        String website = r.getString(i++);
        Array emails = r.getArray(i++);
        List<String> emailList = emails == null ? List.of() : List.of((String[]) emails.getArray());
        String linkedIn = r.getString(i++);
        String phone = r.getString(i++);
        String mobile = r.getString(i++);
        String level = r.getString(i++);
        String department = r.getString(i++);
        String previousTitle = r.getString(i++);
        String previousCompany = r.getString(i++);
        String previousCompanyId = r.getString(i++);
        Date changed = r.getDate(i++);
        Date connected = r.getDate(i++);
        String city = r.getString(i++);
        String country = r.getString(i);
        return new ImportedPerson(source, format, line, vendorId, firstName, lastName, title, companyName, companyVendorId,
                website, emailList, linkedIn, phone, mobile, level, department, previousTitle, previousCompany,
                previousCompanyId, changed == null ? null : changed.toLocalDate(), connected == null ? null : connected.toLocalDate(),
                city, country);
    }

    /** Writes the plan: people, accounts (and account merges), stakeholders, suggestions, provenance. */
    void write(MergePlan plan, UUID jobId, String actor, Instant now, ImportPhases phases) throws SQLException {
        stageRows(plan.rows());
        stageStakeholders(plan.stakeholders());
        phases.mark("copy");
        execute("insert into person (tenant_id, id, created_at) select distinct " + SESSION_TENANT + ", person_id, "
                + "?::timestamptz from pg_temp.import_staged_row where new_person", Timestamp.from(now));
        phases.mark("merge-people");
        writeAccounts(plan.accounts(), now);
        for (AccountMerge merge : plan.accountMerges()) {
            mergeAccounts(merge);
        }
        phases.mark("merge-accounts");
        boolean large = plan.rows().size() >= REFRESH_STATISTICS_ROWS;
        if (large) {
            refreshStatistics("account");
            refreshStatistics("person");
            // Autovacuum never sees temporary tables. Without statistics the planner takes half the staged stakeholders
            // for updates of existing ones, and may then join them against the whole stakeholder table. That one
            // column is all it needs, and sampling only it is quick.
            execute("analyze pg_temp.import_staged_stakeholder (is_new)");
            phases.mark("refresh-statistics");
        }
        // In id order, the stakeholder's id indexes and the suggestions' foreign-key checks below read and fill their
        // pages one after another instead of at random.
        execute("insert into stakeholder (tenant_id, id, person_id, account_id, first_name, last_name, full_name, title, "
                + "department, seniority, email, phone, linkedin_url, location, status, left_at, title_changed_at, version, "
                + "created_at, updated_at) select " + SESSION_TENANT + ", stakeholder_id, person_id, account_id, first_name, "
                + "last_name, full_name, title, department, seniority, email, phone, linkedin_url, location, status, left_at, "
                + "title_changed_at, 0, ?::timestamptz, ?::timestamptz from pg_temp.import_staged_stakeholder where is_new "
                + "order by stakeholder_id", Timestamp.from(now), Timestamp.from(now));
        phases.mark("merge-new-stakeholders");
        if (large) {
            refreshStatistics("stakeholder");
            phases.mark("refresh-statistics");
        }
        execute("update stakeholder s set account_id = t.account_id, first_name = t.first_name, last_name = t.last_name, "
                + "full_name = t.full_name, title = t.title, department = t.department, seniority = t.seniority, "
                + "email = t.email, phone = t.phone, linkedin_url = t.linkedin_url, location = t.location, status = t.status, "
                + "left_at = t.left_at, title_changed_at = t.title_changed_at, version = s.version + 1, updated_at = ? "
                + "from pg_temp.import_staged_stakeholder t where not t.is_new and s.id = t.stakeholder_id", Timestamp.from(now));
        phases.mark("merge-changed-stakeholders");
        // A stakeholder created by this job has no suggestions yet, so only the existing ones need clearing.
        execute("delete from stakeholder_role_suggestion g using pg_temp.import_staged_stakeholder t "
                + "where not t.is_new and t.role is not null and g.stakeholder_id = t.stakeholder_id");
        execute("insert into stakeholder_role_suggestion (tenant_id, stakeholder_id, role, confidence, rule, source, title, "
                + "job_id, created_at) select " + SESSION_TENANT + ", stakeholder_id, role, role_confidence::numeric, role_rule, "
                + "role_source, title, ?, ?::timestamptz from pg_temp.import_staged_stakeholder where role is not null "
                + "order by stakeholder_id", jobId, Timestamp.from(now));
        phases.mark("merge-role-suggestions");
        execute("insert into import_source_row (tenant_id, job_id, line, source, format, person_id, stakeholder_id, account_id, "
                + "row_hash, " + ROW_COLUMNS + ", imported_at) select " + SESSION_TENANT + ", ?, line, source, format, person_id, "
                + "stakeholder_id, account_id, row_hash, " + ROW_COLUMNS + ", ?::timestamptz from pg_temp.import_staged_row "
                + "order by line", jobId, Timestamp.from(now));
        phases.mark("merge-source-rows");
        writeChanges(plan.changes(), actor, now);
        writeReviewSuggestions(plan.reviewSuggestions(), jobId, now);
        phases.mark("merge-changes-and-reviews");
    }

    /**
     * Stages the rows in a table of this transaction: PostgreSQL refuses COPY FROM into tables with row-level security,
     * and a temporary table is private to the session and dropped at commit or rollback, so it needs neither a tenant
     * column nor clearing. The inserts from it take the tenant from the session, and the target tables' policies check it.
     */
    private void stageRows(List<StagedRow> rows) throws SQLException {
        try (BinaryCopy copy = stagingTable("import_staged_row", STAGED_ROW_COLUMNS)) {
            for (StagedRow staged : rows) {
                ImportedPerson row = staged.row();
                copy.record().int8(row.line()).text(row.source()).text(row.format().name()).uuid(staged.personId())
                        .bool(staged.newPerson()).uuid(staged.stakeholderId()).uuid(staged.accountId()).text(staged.hash())
                        .text(row.vendorId()).text(row.firstName()).text(row.lastName()).text(row.title())
                        .text(row.companyName()).text(row.companyVendorId()).text(row.companyWebsite()).textArray(row.emails())
                        .text(row.linkedInUrl()).text(row.phone()).text(row.mobilePhone()).text(row.managementLevel())
                        .text(row.department()).text(row.previousTitle()).text(row.previousCompanyName())
                        .text(row.previousCompanyVendorId()).date(row.lastJobChangeDate()).date(row.connectedOn())
                        .text(row.city()).text(row.country());
            }
            copy.finish();
        }
    }

    private void stageStakeholders(List<StakeholderWrite> writes) throws SQLException {
        try (BinaryCopy copy = stagingTable("import_staged_stakeholder", STAGED_STAKEHOLDER_COLUMNS)) {
            for (StakeholderWrite w : writes) {
                RoleInference role = w.role();
                copy.record().uuid(w.id()).bool(w.isNew()).uuid(w.personId()).uuid(w.accountId()).text(w.firstName())
                        .text(w.lastName()).text(w.fullName()).text(w.title()).text(w.department()).text(w.seniority())
                        .text(w.email()).text(w.phone()).text(w.linkedinUrl()).text(w.location()).text(w.status())
                        .date(w.leftAt()).timestamptz(w.titleChangedAt()).text(role == null ? null : role.role().name())
                        .text(role == null ? null : Double.toString(role.confidence()))
                        .text(role == null ? null : RoleSuggestions.ruleText(role))
                        .text(role == null ? null : role.source().name());
            }
            copy.finish();
        }
    }

    /** Creates a staging table of this transaction and opens a COPY into it that writes its columns in order. */
    private BinaryCopy stagingTable(String name, List<String> columns) throws SQLException {
        execute("create temporary table " + name + " (" + String.join(", ", columns) + ") on commit drop");
        return new BinaryCopy(connection, "copy pg_temp." + name + " from stdin with (format binary)", columns.size());
    }

    private void writeAccounts(List<AccountWrite> writes, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into account (tenant_id, id, name, domain, version, "
                + "created_at, updated_at) values (" + SESSION_TENANT + ", ?, ?, ?, 0, ?, ?)");
                PreparedStatement update = connection.prepareStatement("update account set domain = coalesce(domain, ?), "
                        + "version = version + 1, updated_at = ? where id = ?");
                PreparedStatement key = connection.prepareStatement("insert into account_external_id (tenant_id, id, account_id, "
                        + "system, value) values (" + SESSION_TENANT + ", ?, ?, ?, ?) "
                        + "on conflict (tenant_id, system, value) do nothing")) {
            for (AccountWrite w : writes) {
                if (w.isNew()) {
                    insert.setObject(1, w.id());
                    insert.setString(2, w.name());
                    insert.setString(3, w.domain());
                    insert.setTimestamp(4, Timestamp.from(now));
                    insert.setTimestamp(5, Timestamp.from(now));
                    insert.addBatch();
                } else {
                    update.setString(1, w.domain());
                    update.setTimestamp(2, Timestamp.from(now));
                    update.setObject(3, w.id());
                    update.addBatch();
                }
                for (String vendorKey : w.newVendorKeys()) {
                    int colon = vendorKey.indexOf(':');
                    key.setObject(1, TimeOrderedIds.next());
                    key.setObject(2, w.id());
                    key.setString(3, MergePlanner.externalSystem(vendorKey.substring(0, colon)));
                    key.setString(4, vendorKey.substring(colon + 1));
                    key.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
            key.executeBatch();
        }
    }

    /** Folds one account into another: people, deals, interactions and external ids move, the empty account goes. */
    private void mergeAccounts(AccountMerge merge) throws SQLException {
        for (String table : List.of("stakeholder", "opportunity", "interaction", "import_source_row")) {
            execute("update " + table + " set account_id = ? where account_id = ?", merge.kept(), merge.dropped());
        }
        execute("update account_external_id d set account_id = ? where account_id = ? and not exists (select 1 from "
                + "account_external_id k where k.account_id = ? and k.system = d.system and k.value = d.value)",
                merge.kept(), merge.dropped(), merge.kept());
        execute("delete from account where id = ?", merge.dropped());
    }

    private void writeChanges(List<FieldChange> changes, String actor, Instant now) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("insert into stakeholder_change (tenant_id, id, stakeholder_id, "
                + "field, old_value, new_value, source, effective_at, recorded_at, recorded_by) values "
                + "(" + SESSION_TENANT + ", ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (FieldChange c : changes) {
                s.setObject(1, TimeOrderedIds.next());
                s.setObject(2, c.stakeholderId());
                s.setString(3, c.field());
                s.setString(4, c.oldValue());
                s.setString(5, c.newValue());
                s.setString(6, c.source().length() > 100 ? c.source().substring(0, 100) : c.source());
                s.setTimestamp(7, Timestamp.from(c.effectiveAt()));
                s.setTimestamp(8, Timestamp.from(now));
                s.setString(9, actor);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void writeReviewSuggestions(List<ReviewPair> pairs, UUID jobId, Instant now) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("insert into import_review_suggestion (tenant_id, id, job_id, "
                + "stakeholder_id, candidate_stakeholder_id, reason, confidence, status, created_at) values "
                + "(" + SESSION_TENANT + ", ?, ?, ?, ?, ?, ?, 'PENDING', ?) "
                + "on conflict (tenant_id, stakeholder_id, candidate_stakeholder_id) do nothing")) {
            for (ReviewPair pair : pairs) {
                s.setObject(1, TimeOrderedIds.next());
                s.setObject(2, jobId);
                s.setObject(3, pair.stakeholderId());
                s.setObject(4, pair.candidateStakeholderId());
                s.setString(5, pair.reason().name());
                s.setDouble(6, pair.confidence());
                s.setTimestamp(7, Timestamp.from(now));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** See V5__import_statistics.sql: the rows this transaction inserted count, so the planner sees them. */
    private void refreshStatistics(String table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select import_refresh_statistics(?)")) {
            s.setString(1, table);
            s.execute();
        }
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    s.setNull(i + 1, Types.OTHER);
                } else {
                    s.setObject(i + 1, parameters[i]);
                }
            }
            s.executeUpdate();
        }
    }
}
