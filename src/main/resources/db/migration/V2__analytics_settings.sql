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

SELECT isolate_tenant_table('analytics_settings', '${app_role}');
