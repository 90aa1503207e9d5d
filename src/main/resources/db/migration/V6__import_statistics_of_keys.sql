-- V5 refreshes the statistics a large import needs for its foreign-key checks. Those checks (and the merge's join
-- of staged stakeholders) look rows up by (tenant_id, id) only, and the row count ANALYZE also refreshes is the
-- other input the planner needs there. Sampling just these two columns keeps the choice of the (tenant_id, id) key
-- and spares every import the statistics of all the other columns (most of ANALYZE's time on stakeholder).
CREATE OR REPLACE FUNCTION import_refresh_statistics(table_name text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF table_name = 'account' THEN
        ANALYZE account (tenant_id, id);
    ELSIF table_name = 'person' THEN
        ANALYZE person (tenant_id, id);
    ELSIF table_name = 'stakeholder' THEN
        ANALYZE stakeholder (tenant_id, id);
    ELSE
        RAISE EXCEPTION 'import_refresh_statistics: % is not an import target', table_name;
    END IF;
END
$$;
