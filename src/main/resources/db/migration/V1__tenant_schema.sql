-- Decision Chain schema. Every table but flyway's own is keyed by tenant_id, has foreign keys that
-- include tenant_id (a row can never point into another tenant) and is guarded by row-level
-- security on the transaction's app.tenant_id setting. The runtime role only gets DML rights.

CREATE TABLE tenant (
    id          varchar(64)  PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    tenant_id   varchar(64)  NOT NULL UNIQUE GENERATED ALWAYS AS (id) STORED,
    name        varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE account (
    tenant_id       varchar(64)   NOT NULL REFERENCES tenant (id),
    id              uuid          PRIMARY KEY,
    name            varchar(200)  NOT NULL CHECK (btrim(name) <> ''),
    domain          varchar(255),
    website         varchar(500),
    industry        varchar(200),
    employee_count  integer       CHECK (employee_count >= 0),
    country         varchar(100),
    annual_revenue  numeric(19, 2) CHECK (annual_revenue >= 0),
    currency        varchar(3),
    owner_id        varchar(200),
    version         integer       NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    UNIQUE (tenant_id, id)
);
CREATE INDEX account_tenant_name ON account (tenant_id, lower(name));
CREATE INDEX account_tenant_created ON account (tenant_id, created_at, id);

CREATE TABLE account_external_id (
    tenant_id   varchar(64)  NOT NULL,
    id          uuid         PRIMARY KEY,
    account_id  uuid         NOT NULL,
    system      varchar(50)  NOT NULL,
    value       varchar(500) NOT NULL,
    FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id) ON DELETE CASCADE,
    UNIQUE (tenant_id, system, value)
);
CREATE INDEX account_external_id_account ON account_external_id (tenant_id, account_id);

-- A person is the identity that survives a move between companies; a stakeholder is the person at one account.
CREATE TABLE person (
    tenant_id   varchar(64) NOT NULL REFERENCES tenant (id),
    id          uuid        PRIMARY KEY,
    created_at  timestamptz NOT NULL,
    UNIQUE (tenant_id, id)
);

CREATE TABLE stakeholder (
    tenant_id       varchar(64)  NOT NULL,
    id              uuid         PRIMARY KEY,
    person_id       uuid         NOT NULL,
    account_id      uuid         NOT NULL,
    first_name      varchar(100),
    last_name       varchar(100),
    full_name       varchar(200) NOT NULL CHECK (btrim(full_name) <> ''),
    title           varchar(200),
    department      varchar(200),
    seniority       varchar(20)  NOT NULL DEFAULT 'UNKNOWN',
    email           varchar(320),
    phone           varchar(50),
    linkedin_url    varchar(500),
    location        varchar(200),
    status          varchar(20)  NOT NULL DEFAULT 'ACTIVE',
    left_at         date,
    reports_to_id   uuid,
    title_changed_at timestamptz,
    version         integer      NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, person_id) REFERENCES person (tenant_id, id),
    FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, reports_to_id) REFERENCES stakeholder (tenant_id, id) ON DELETE SET NULL (reports_to_id),
    CHECK (reports_to_id IS NULL OR reports_to_id <> id),
    CHECK (status <> 'LEFT_COMPANY' OR left_at IS NOT NULL)
);
CREATE INDEX stakeholder_account ON stakeholder (tenant_id, account_id, created_at, id);
CREATE INDEX stakeholder_person ON stakeholder (tenant_id, person_id);
CREATE INDEX stakeholder_reports_to ON stakeholder (tenant_id, reports_to_id);
CREATE INDEX stakeholder_email ON stakeholder (tenant_id, lower(email));

-- Provenance and history: which source said what about a stakeholder, and when it became true.
CREATE TABLE stakeholder_change (
    tenant_id       varchar(64)  NOT NULL,
    id              uuid         PRIMARY KEY,
    stakeholder_id  uuid         NOT NULL,
    field           varchar(50)  NOT NULL,
    old_value       text,
    new_value       text,
    source          varchar(100) NOT NULL,
    effective_at    timestamptz  NOT NULL,
    recorded_at     timestamptz  NOT NULL,
    recorded_by     varchar(200),
    FOREIGN KEY (tenant_id, stakeholder_id) REFERENCES stakeholder (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX stakeholder_change_stakeholder ON stakeholder_change (tenant_id, stakeholder_id, effective_at);

CREATE TABLE opportunity (
    tenant_id           varchar(64)    NOT NULL,
    id                  uuid           PRIMARY KEY,
    account_id          uuid           NOT NULL,
    name                varchar(200)   NOT NULL CHECK (btrim(name) <> ''),
    stage               varchar(20)    NOT NULL,
    amount              numeric(19, 2) CHECK (amount >= 0),
    currency            varchar(3),
    expected_close_date date,
    owner_id            varchar(200),
    map_reviewed_at     timestamptz,
    version             integer        NOT NULL DEFAULT 0,
    created_at          timestamptz    NOT NULL,
    updated_at          timestamptz    NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX opportunity_account ON opportunity (tenant_id, account_id, created_at, id);
CREATE INDEX opportunity_tenant_created ON opportunity (tenant_id, created_at, id);

CREATE TABLE opportunity_stage_change (
    tenant_id       varchar(64) NOT NULL,
    id              uuid        PRIMARY KEY,
    opportunity_id  uuid        NOT NULL,
    stage           varchar(20) NOT NULL,
    at              timestamptz NOT NULL,
    FOREIGN KEY (tenant_id, opportunity_id) REFERENCES opportunity (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX opportunity_stage_change_opportunity ON opportunity_stage_change (tenant_id, opportunity_id, at);

-- A role in one opportunity's decision chain. Rows are never changed in place: a change ends the
-- old row (valid_to) and starts a new one, so the chain can be read as of any instant.
CREATE TABLE committee_member (
    tenant_id       varchar(64)  NOT NULL,
    id              uuid         PRIMARY KEY,
    opportunity_id  uuid         NOT NULL,
    stakeholder_id  uuid         NOT NULL,
    role            varchar(50)  NOT NULL,
    influence       varchar(20)  NOT NULL,
    stance          varchar(20)  NOT NULL,
    pain_points     text[]       NOT NULL DEFAULT '{}',
    priorities      text[]       NOT NULL DEFAULT '{}',
    cadence         varchar(20),
    evidence        varchar(20)  NOT NULL,
    note            varchar(2000),
    valid_from      timestamptz  NOT NULL,
    valid_to        timestamptz,
    created_at      timestamptz  NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, opportunity_id) REFERENCES opportunity (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, stakeholder_id) REFERENCES stakeholder (tenant_id, id) ON DELETE CASCADE,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX committee_member_opportunity ON committee_member (tenant_id, opportunity_id, valid_from);
-- A person holds a role in a deal at most once at a time.
CREATE UNIQUE INDEX committee_member_current ON committee_member (tenant_id, opportunity_id, stakeholder_id, role)
    WHERE valid_to IS NULL;
CREATE INDEX committee_member_stakeholder ON committee_member (tenant_id, stakeholder_id);

CREATE TABLE relationship (
    tenant_id   varchar(64)   NOT NULL,
    id          uuid          PRIMARY KEY,
    type        varchar(20)   NOT NULL,
    from_id     uuid          NOT NULL,
    to_id       uuid          NOT NULL,
    weight      smallint      CHECK (weight BETWEEN 1 AND 3),
    note        varchar(2000),
    source      varchar(100),
    at          timestamptz   NOT NULL,
    created_at  timestamptz   NOT NULL,
    FOREIGN KEY (tenant_id, from_id) REFERENCES stakeholder (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, to_id) REFERENCES stakeholder (tenant_id, id) ON DELETE CASCADE,
    CHECK (from_id <> to_id)
);
CREATE INDEX relationship_from ON relationship (tenant_id, from_id);
CREATE INDEX relationship_to ON relationship (tenant_id, to_id);

CREATE TABLE interaction (
    tenant_id       varchar(64)   NOT NULL,
    id              uuid          PRIMARY KEY,
    account_id      uuid          NOT NULL,
    opportunity_id  uuid,
    channel         varchar(20)   NOT NULL,
    direction       varchar(10)   NOT NULL,
    occurred_at     timestamptz   NOT NULL,
    subject         varchar(500),
    summary         varchar(10000),
    outcome         varchar(20),
    assets          text[]        NOT NULL DEFAULT '{}',
    created_at      timestamptz   NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, opportunity_id) REFERENCES opportunity (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX interaction_account ON interaction (tenant_id, account_id, occurred_at);
CREATE INDEX interaction_opportunity ON interaction (tenant_id, opportunity_id, occurred_at);

CREATE TABLE interaction_participant (
    tenant_id       varchar(64) NOT NULL,
    interaction_id  uuid        NOT NULL,
    stakeholder_id  uuid        NOT NULL,
    invited         boolean     NOT NULL DEFAULT true,
    attended        boolean,
    responded       boolean,
    PRIMARY KEY (interaction_id, stakeholder_id),
    FOREIGN KEY (tenant_id, interaction_id) REFERENCES interaction (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, stakeholder_id) REFERENCES stakeholder (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX interaction_participant_stakeholder ON interaction_participant (tenant_id, stakeholder_id);

CREATE TABLE commitment (
    tenant_id       varchar(64)   NOT NULL,
    id              uuid          PRIMARY KEY,
    opportunity_id  uuid,
    stakeholder_id  uuid,
    party           varchar(10)   NOT NULL,
    description     varchar(2000) NOT NULL CHECK (btrim(description) <> ''),
    due_at          timestamptz   NOT NULL,
    resolved_at     timestamptz,
    status          varchar(20)   NOT NULL,
    created_at      timestamptz   NOT NULL,
    FOREIGN KEY (tenant_id, opportunity_id) REFERENCES opportunity (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, stakeholder_id) REFERENCES stakeholder (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX commitment_opportunity ON commitment (tenant_id, opportunity_id, due_at);
CREATE INDEX commitment_stakeholder ON commitment (tenant_id, stakeholder_id, due_at);

-- The tenant's role taxonomy (BUYING_CENTER by default, copied in when a tenant is provisioned).
CREATE TABLE role_definition (
    tenant_id     varchar(64)  NOT NULL REFERENCES tenant (id),
    taxonomy_key  varchar(50)  NOT NULL,
    key           varchar(50)  NOT NULL,
    label_en      varchar(100) NOT NULL,
    label_zh      varchar(100) NOT NULL,
    position      smallint     NOT NULL,
    PRIMARY KEY (tenant_id, key)
);

CREATE TABLE role_stage_weight (
    tenant_id  varchar(64)   NOT NULL,
    role_key   varchar(50)   NOT NULL,
    stage      varchar(20)   NOT NULL,
    weight     numeric(4, 3) NOT NULL CHECK (weight BETWEEN 0 AND 1),
    PRIMARY KEY (tenant_id, role_key, stage),
    FOREIGN KEY (tenant_id, role_key) REFERENCES role_definition (tenant_id, key) ON DELETE CASCADE
);

-- Row-level security: the policy compares with nullif(..., '') because after RESET the setting
-- reads '' rather than NULL, and a bare comparison would let rows with an empty tenant through.
-- Every migration that adds a tenant table calls this for it.
CREATE FUNCTION isolate_tenant_table(tenant_table regclass, app_role name) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s '
        'USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')) '
        'WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), ''''))', tenant_table);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO %I', tenant_table, app_role);
END
$$;
REVOKE ALL ON FUNCTION isolate_tenant_table(regclass, name) FROM PUBLIC;

SELECT isolate_tenant_table(t, '${app_role}') FROM unnest(ARRAY['tenant', 'account', 'account_external_id', 'person',
    'stakeholder', 'stakeholder_change', 'opportunity', 'opportunity_stage_change', 'committee_member', 'relationship',
    'interaction', 'interaction_participant', 'commitment', 'role_definition', 'role_stage_weight']::regclass[]) AS t;

DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', '${app_role}');
END
$$;
