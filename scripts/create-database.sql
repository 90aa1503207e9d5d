-- Prepares a PostgreSQL server (15 or later) for Decision Chain. Run as a superuser:
--   psql -h 127.0.0.1 -U postgres -v owner_password="'...'" -v app_password="'...'" -f scripts/create-database.sql
-- The owner role owns the schema and runs the migrations; the service logs in as dc_app, which
-- row-level security applies to (not superuser, not owner, no BYPASSRLS).
\set ON_ERROR_STOP on
CREATE ROLE dc_owner LOGIN PASSWORD :owner_password;
CREATE ROLE dc_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :app_password;
CREATE DATABASE decision_chain OWNER dc_owner;
REVOKE ALL ON DATABASE decision_chain FROM PUBLIC;
-- TEMPORARY: an import stages its rows in temporary tables of its own transaction.
GRANT CONNECT, TEMPORARY ON DATABASE decision_chain TO dc_app;
