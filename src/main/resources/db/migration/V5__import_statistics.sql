-- A large import inserts thousands of accounts, people and stakeholders in one transaction and then checks
-- each staged row's foreign keys against them. With statistics from before the import (or none at all: a fresh
-- database, autovacuum off or not yet run) the planner can probe account by (tenant_id, created_at, id) instead
-- of its (tenant_id, id) key and scan a tenant's whole account list for every row. So a large import refreshes
-- the statistics of the tables it has just filled. Only a table's owner may ANALYZE it; this definer function
-- does that for these three tables and nothing else. pg_stats hides row-level-secured tables from the runtime
-- role, so the statistics reveal nothing across tenants.
CREATE FUNCTION import_refresh_statistics(table_name text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF table_name = 'account' THEN
        ANALYZE account;
    ELSIF table_name = 'person' THEN
        ANALYZE person;
    ELSIF table_name = 'stakeholder' THEN
        ANALYZE stakeholder;
    ELSE
        RAISE EXCEPTION 'import_refresh_statistics: % is not an import target', table_name;
    END IF;
END
$$;

REVOKE ALL ON FUNCTION import_refresh_statistics(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION import_refresh_statistics(text) TO ${app_role};
