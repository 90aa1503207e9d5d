-- An import now stages its COPY in temporary tables of its own transaction (private to the session, dropped at
-- commit or rollback), so the shared staging tables of V4, their views and their per-row tenant checks go.
DROP VIEW import_staged_row_of_tenant, import_staged_stakeholder_of_tenant;
DROP TABLE import_staged_row, import_staged_stakeholder;

-- Creating those tables takes the TEMPORARY privilege on the database, which a database prepared without PUBLIC's
-- default rights does not give the runtime role. A role that does not own the database may be unable to grant it,
-- and PostgreSQL then only warns: without the privilege every import would fail, so the migration fails instead.
DO $$
BEGIN
    EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO %I', current_database(), '${app_role}');
    IF NOT has_database_privilege('${app_role}', current_database(), 'TEMPORARY') THEN
        RAISE EXCEPTION 'The runtime role % cannot create temporary tables, where imports stage their rows: run the migrations as the database owner, or grant it TEMPORARY on the database', '${app_role}';
    END IF;
END
$$;
