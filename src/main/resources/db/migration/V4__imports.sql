-- Imports (DESIGN §5): jobs with their uploaded file and per-row errors, the rows each import read
-- (identity evidence for later matching and per-field provenance), role and review suggestions.
-- Tenant tables follow V1: tenant_id in every foreign key, RLS ENABLE + FORCE, DML rights only.

CREATE TABLE import_job (
    tenant_id           varchar(64)  NOT NULL REFERENCES tenant (id),
    id                  uuid         PRIMARY KEY,
    format              varchar(30)  NOT NULL,
    status              varchar(20)  NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    dry_run             boolean      NOT NULL,
    file_name           varchar(255),
    file_size           bigint       NOT NULL,
    file_sha256         varchar(64)  NOT NULL,
    mapping             text,
    source_name         varchar(50),
    idempotency_key     varchar(200),
    total_rows          integer,
    processed_rows      integer      NOT NULL DEFAULT 0,
    people_created      integer      NOT NULL DEFAULT 0,
    people_updated      integer      NOT NULL DEFAULT 0,
    people_unchanged    integer      NOT NULL DEFAULT 0,
    people_skipped      integer      NOT NULL DEFAULT 0,
    people_failed       integer      NOT NULL DEFAULT 0,
    accounts_created    integer      NOT NULL DEFAULT 0,
    accounts_updated    integer      NOT NULL DEFAULT 0,
    accounts_unchanged  integer      NOT NULL DEFAULT 0,
    review_suggestions  integer      NOT NULL DEFAULT 0,
    error_code          varchar(50),
    error               text,
    created_by          varchar(200),
    claimed_by          varchar(200),
    attempts            integer      NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL,
    started_at          timestamptz,
    finished_at         timestamptz,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, idempotency_key)
);
CREATE INDEX import_job_tenant_created ON import_job (tenant_id, created_at);

-- The upload itself, so a queued or failed job can run after a restart.
CREATE TABLE import_job_file (
    tenant_id  varchar(64) NOT NULL,
    job_id     uuid        PRIMARY KEY,
    content    bytea       NOT NULL,
    FOREIGN KEY (tenant_id, job_id) REFERENCES import_job (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE import_job_error (
    tenant_id    varchar(64)  NOT NULL,
    job_id       uuid         NOT NULL,
    position     integer      NOT NULL,
    line         bigint,
    column_name  varchar(500),
    code         varchar(50)  NOT NULL,
    message      text         NOT NULL,
    PRIMARY KEY (job_id, position),
    FOREIGN KEY (tenant_id, job_id) REFERENCES import_job (tenant_id, id) ON DELETE CASCADE
);

-- Every row an import applied, as read: the evidence later imports replay to recognise people
-- (vendor ids, LinkedIn URL, e-mails, names, employers) and the provenance of each field
-- (source, file through the job, line, time). Identical rows are stored once per person.
CREATE TABLE import_source_row (
    tenant_id                   varchar(64)  NOT NULL,
    seq                         bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id                      uuid         NOT NULL,
    line                        bigint       NOT NULL,
    source                      varchar(50)  NOT NULL,
    format                      varchar(30)  NOT NULL,
    person_id                   uuid         NOT NULL,
    stakeholder_id              uuid,
    account_id                  uuid,
    row_hash                    varchar(64)  NOT NULL,
    vendor_id                   text,
    first_name                  text,
    last_name                   text,
    title                       text,
    company_name                text,
    company_vendor_id           text,
    company_website             text,
    emails                      text[]       NOT NULL DEFAULT '{}',
    linkedin_url                text,
    phone                       text,
    mobile_phone                text,
    management_level            text,
    department                  text,
    previous_title              text,
    previous_company_name       text,
    previous_company_vendor_id  text,
    last_job_change_date        date,
    connected_on                date,
    city                        text,
    country                     text,
    imported_at                 timestamptz  NOT NULL,
    FOREIGN KEY (tenant_id, job_id) REFERENCES import_job (tenant_id, id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id),
    FOREIGN KEY (tenant_id, stakeholder_id) REFERENCES stakeholder (tenant_id, id) ON DELETE SET NULL (stakeholder_id),
    FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id) ON DELETE SET NULL (account_id)
);
CREATE INDEX import_source_row_tenant ON import_source_row (tenant_id, seq);
CREATE INDEX import_source_row_person ON import_source_row (tenant_id, person_id);
CREATE INDEX import_source_row_stakeholder ON import_source_row (tenant_id, stakeholder_id);

-- Roles suggested from the current title: INFERRED evidence, never a confirmed committee role.
CREATE TABLE stakeholder_role_suggestion (
    tenant_id       varchar(64)   NOT NULL,
    stakeholder_id  uuid          NOT NULL,
    role            varchar(50)   NOT NULL,
    confidence      numeric(4, 3) NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    rule            varchar(500)  NOT NULL,
    source          varchar(50)   NOT NULL,
    title           text,
    job_id          uuid,
    created_at      timestamptz   NOT NULL,
    PRIMARY KEY (stakeholder_id, role),
    FOREIGN KEY (tenant_id, stakeholder_id) REFERENCES stakeholder (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX stakeholder_role_suggestion_tenant ON stakeholder_role_suggestion (tenant_id, stakeholder_id);

-- Possible duplicates the matcher would not merge (cross-script names, ambiguous names).
CREATE TABLE import_review_suggestion (
    tenant_id                 varchar(64)   NOT NULL,
    id                        uuid          PRIMARY KEY,
    job_id                    uuid          NOT NULL,
    stakeholder_id            uuid,
    candidate_stakeholder_id  uuid,
    reason                    varchar(50)   NOT NULL,
    confidence                numeric(4, 3) NOT NULL,
    status                    varchar(20)   NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    decided_by                varchar(200),
    decided_at                timestamptz,
    created_at                timestamptz   NOT NULL,
    UNIQUE (tenant_id, stakeholder_id, candidate_stakeholder_id),
    FOREIGN KEY (tenant_id, job_id) REFERENCES import_job (tenant_id, id),
    FOREIGN KEY (tenant_id, stakeholder_id) REFERENCES stakeholder (tenant_id, id) ON DELETE SET NULL (stakeholder_id),
    FOREIGN KEY (tenant_id, candidate_stakeholder_id) REFERENCES stakeholder (tenant_id, id)
        ON DELETE SET NULL (candidate_stakeholder_id)
);
CREATE INDEX import_review_suggestion_status ON import_review_suggestion (tenant_id, status, created_at);

SELECT isolate_tenant_table(t, '${app_role}') FROM unnest(ARRAY['import_job', 'import_job_file', 'import_job_error',
    'import_source_row', 'stakeholder_role_suggestion', 'import_review_suggestion']::regclass[]) AS t;

-- Per-field provenance, read from the stored rows: which source said what, in which file and line, when.
CREATE VIEW stakeholder_field_provenance WITH (security_invoker = true) AS
SELECT r.tenant_id, r.stakeholder_id, r.person_id, f.field, f.value, r.source, j.file_name, r.line,
       r.imported_at AS recorded_at, r.job_id
FROM import_source_row r
JOIN import_job j ON j.tenant_id = r.tenant_id AND j.id = r.job_id
CROSS JOIN LATERAL (VALUES
    ('firstName', r.first_name), ('lastName', r.last_name), ('title', r.title), ('company', r.company_name),
    ('email', array_to_string(r.emails, ', ')), ('linkedinUrl', r.linkedin_url), ('phone', r.phone),
    ('department', r.department), ('seniority', r.management_level), ('location', concat_ws(', ', r.city, r.country))
) AS f (field, value)
WHERE f.value IS NOT NULL AND f.value <> '';
GRANT SELECT ON stakeholder_field_provenance TO ${app_role};

-- The queue workers claim from, across tenants, with FOR UPDATE SKIP LOCKED. It holds ids, tenant
-- and state only, so it needs no row-level security; the job itself stays behind its policy.
CREATE TABLE import_job_queue (
    job_id       uuid         PRIMARY KEY,
    tenant_id    varchar(64)  NOT NULL,
    state        varchar(10)  NOT NULL CHECK (state IN ('QUEUED', 'RUNNING')),
    enqueued_at  timestamptz  NOT NULL,
    claimed_by   varchar(200),
    claimed_at   timestamptz,
    FOREIGN KEY (tenant_id, job_id) REFERENCES import_job (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX import_job_queue_next ON import_job_queue (enqueued_at) WHERE state = 'QUEUED';
GRANT SELECT, INSERT, UPDATE, DELETE ON import_job_queue TO ${app_role};

-- Staging for COPY (PostgreSQL refuses COPY FROM into tables with row-level security). Unlogged,
-- without RLS: the tenant is taken from the connection's setting, never from the data, and the
-- runtime role may only insert here; it reads and deletes through the view, which shows the
-- current tenant's rows only. Rows live for one job's transaction.
CREATE UNLOGGED TABLE import_staged_row (
    tenant_id                   varchar(64)  NOT NULL DEFAULT nullif(current_setting('app.tenant_id', true), ''),
    job_id                      uuid         NOT NULL,
    line                        bigint       NOT NULL,
    source                      varchar(50)  NOT NULL,
    format                      varchar(30)  NOT NULL,
    person_id                   uuid         NOT NULL,
    new_person                  boolean      NOT NULL,
    stakeholder_id              uuid,
    account_id                  uuid,
    row_hash                    varchar(64)  NOT NULL,
    vendor_id                   text,
    first_name                  text,
    last_name                   text,
    title                       text,
    company_name                text,
    company_vendor_id           text,
    company_website             text,
    emails                      text[],
    linkedin_url                text,
    phone                       text,
    mobile_phone                text,
    management_level            text,
    department                  text,
    previous_title              text,
    previous_company_name       text,
    previous_company_vendor_id  text,
    last_job_change_date        date,
    connected_on                date,
    city                        text,
    country                     text,
    CHECK (tenant_id IS NOT NULL)
);
CREATE INDEX import_staged_row_job ON import_staged_row (job_id);

-- Stakeholder rows an import writes (new ones, and new values for existing ones), staged the same way.
CREATE UNLOGGED TABLE import_staged_stakeholder (
    tenant_id         varchar(64)  NOT NULL DEFAULT nullif(current_setting('app.tenant_id', true), ''),
    job_id            uuid         NOT NULL,
    stakeholder_id    uuid         NOT NULL,
    is_new            boolean      NOT NULL,
    person_id         uuid         NOT NULL,
    account_id        uuid         NOT NULL,
    first_name        text,
    last_name         text,
    full_name         text         NOT NULL,
    title             text,
    department        text,
    seniority         varchar(20)  NOT NULL,
    email             text,
    phone             text,
    linkedin_url      text,
    location          text,
    status            varchar(20)  NOT NULL,
    left_at           date,
    title_changed_at  timestamptz,
    role              varchar(50),
    role_confidence   numeric(4, 3),
    role_rule         varchar(500),
    role_source       varchar(50),
    CHECK (tenant_id IS NOT NULL)
);
CREATE INDEX import_staged_stakeholder_job ON import_staged_stakeholder (job_id);

-- What row-level security's WITH CHECK would do: a staged row always carries the session's tenant.
ALTER TABLE import_staged_row ADD CONSTRAINT import_staged_row_session_tenant
    CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));
ALTER TABLE import_staged_stakeholder ADD CONSTRAINT import_staged_stakeholder_session_tenant
    CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), ''));

CREATE VIEW import_staged_row_of_tenant WITH (security_barrier) AS
SELECT * FROM import_staged_row WHERE tenant_id = nullif(current_setting('app.tenant_id', true), '');
CREATE VIEW import_staged_stakeholder_of_tenant WITH (security_barrier) AS
SELECT * FROM import_staged_stakeholder WHERE tenant_id = nullif(current_setting('app.tenant_id', true), '');

REVOKE ALL ON import_staged_row, import_staged_stakeholder FROM ${app_role};
GRANT INSERT ON import_staged_row, import_staged_stakeholder TO ${app_role};
GRANT SELECT, DELETE ON import_staged_row_of_tenant, import_staged_stakeholder_of_tenant TO ${app_role};
