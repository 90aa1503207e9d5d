-- An import now stages its COPY in temporary tables of its own transaction (private to the session, dropped at
-- commit or rollback), so the shared staging tables of V4, their views and their per-row tenant checks go.
DROP VIEW import_staged_row_of_tenant, import_staged_stakeholder_of_tenant;
DROP TABLE import_staged_row, import_staged_stakeholder;

-- Creating those tables takes the TEMPORARY privilege on the database, which a database prepared without PUBLIC's
-- default rights does not give the runtime role.
DO $$
BEGIN
    EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO %I', current_database(), '${app_role}');
END
$$;
