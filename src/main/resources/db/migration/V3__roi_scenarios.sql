-- Saved ROI scenarios: an ROI request and the result computed from it, attached to an opportunity,
-- so a deal team can deliver the model to a stakeholder (an interaction with a ROI_MODEL asset).
-- Same tenancy rules as V1: tenant_id on every row, foreign keys including tenant_id, RLS.

CREATE TABLE roi_scenario (
    tenant_id       varchar(64)  NOT NULL,
    id              uuid         PRIMARY KEY,
    opportunity_id  uuid         NOT NULL,
    name            varchar(200) NOT NULL CHECK (btrim(name) <> ''),
    request         text         NOT NULL,   -- the REST request JSON, as sent
    result          text         NOT NULL,   -- the REST response JSON computed from it
    created_at      timestamptz  NOT NULL,
    created_by      varchar(200) NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, opportunity_id) REFERENCES opportunity (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX roi_scenario_opportunity ON roi_scenario (tenant_id, opportunity_id, created_at);

-- An interaction that delivered a ROI_MODEL asset may name the scenario it delivered.
ALTER TABLE interaction ADD COLUMN roi_scenario_id uuid;
ALTER TABLE interaction ADD CONSTRAINT interaction_roi_scenario
    FOREIGN KEY (tenant_id, roi_scenario_id) REFERENCES roi_scenario (tenant_id, id) ON DELETE SET NULL (roi_scenario_id);
CREATE INDEX interaction_roi_scenario ON interaction (tenant_id, roi_scenario_id) WHERE roi_scenario_id IS NOT NULL;

SELECT isolate_tenant_table('roi_scenario', '${app_role}');
