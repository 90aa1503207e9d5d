-- Every lookup of role suggestions (by stakeholder, and the cascade when a stakeholder is deleted) is served by the
-- primary key (stakeholder_id, role), and tenant isolation filters on top of it. The (tenant_id, stakeholder_id)
-- index only cost every import a second B-tree insert per suggestion.
DROP INDEX stakeholder_role_suggestion_tenant;
