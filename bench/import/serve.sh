#!/usr/bin/env bash
# Starts the packaged service against a fresh database for bench/import/run.sh and prints the variables run.sh
# needs. Each job logs its phases (wall and CPU ms per phase) at INFO: grep "phases:" in the log.
#
# Needs PostgreSQL on $PGHOST:$PGPORT with trust auth for $PGADMIN (drops and recreates its own database and
# roles), java 17, and a packaged app (built here when target/quarkus-app is missing). Stop it with
# kill "$(cat "$PIDFILE")".
set -euo pipefail
cd "$(dirname "$0")/../.."
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGADMIN=${PGADMIN:-postgres}
DB=${BENCH_DB:-dc_impbench}
OWNER=${DB}_owner
APP=${DB}_app
PORT=${BENCH_PORT:-18094}
TENANT=${BENCH_TENANT:-bench-$(date +%s)}
LOG=${LOG:-/tmp/import-bench-app.log}
PIDFILE=${PIDFILE:-/tmp/import-bench-app.pid}

if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
    ./mvnw -B -o -q package -DskipTests
fi
psql -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN" -d postgres -v ON_ERROR_STOP=1 -q <<SQL
DROP DATABASE IF EXISTS $DB;
DROP ROLE IF EXISTS $APP;
DROP ROLE IF EXISTS $OWNER;
CREATE ROLE $OWNER LOGIN NOSUPERUSER NOBYPASSRLS;
CREATE ROLE $APP LOGIN NOSUPERUSER NOBYPASSRLS;
CREATE DATABASE $DB OWNER $OWNER;
SQL
psql -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN" -d "$DB" -qc "ALTER SCHEMA public OWNER TO $OWNER"

# Quarkus uses the Flyway credentials only when both user and password are non-empty (trust auth ignores them).
QUARKUS_PROFILE=dev QUARKUS_HTTP_PORT=$PORT DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DB_USER=$APP DB_PASSWORD=bench \
    DB_OWNER_USER=$OWNER DB_OWNER_PASSWORD=bench QUARKUS_LOG_CATEGORY__COM_DECISIONCHAIN__LEVEL=INFO \
    nohup java -Xmx2g -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
echo $! >"$PIDFILE"
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
    sleep 1
done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "the service did not start; see $LOG" >&2; exit 1; }
TOKEN=$(curl -fsS "http://127.0.0.1:$PORT/dev/token?role=manager&tenant=$TENANT" \
    | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])')
WARMUP_TOKEN=$(curl -fsS "http://127.0.0.1:$PORT/dev/token?role=manager&tenant=$TENANT-warmup" \
    | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])')
echo "export BASE_URL=http://127.0.0.1:$PORT PSQL_URL=postgresql://$OWNER@$PGHOST:$PGPORT/$DB TOKEN=$TOKEN WARMUP_TOKEN=$WARMUP_TOKEN"
