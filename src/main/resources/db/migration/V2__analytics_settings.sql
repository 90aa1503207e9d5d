-- A tenant's analytics settings (weights, thresholds, windows of DESIGN §2) as one JSON document; a tenant
-- without a row uses the defaults. Same isolation as every tenant table (see V1).
CREATE TABLE analytics_settings (
    tenant_id   varchar(64)  NOT NULL REFERENCES tenant (id),
    id          uuid         PRIMARY KEY,
    settings    text         NOT NULL,
    version     integer      NOT NULL DEFAULT 0,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(200),
    UNIQUE (tenant_id)
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['analytics_settings']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I '
            'USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')) '
            'WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), ''''))', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO ${app_role}', t);
    END LOOP;
END
$$;
