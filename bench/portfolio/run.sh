#!/usr/bin/env bash
# Portfolio ranking benchmark: seeds 1,000 and then 10,000 open opportunities (8 members and 20 interactions each)
# into a local PostgreSQL, times GET /api/v1/coverage (which ranks the whole open portfolio) for each size through
# the running application, and prints both times and their ratio. Goal: 10x the data costs at most 12x the time.
#
# Needs: PostgreSQL on $PGHOST:$PGPORT with trust auth for $PGADMIN (creates its own roles and database, drops them
# first), curl, java 17, and a packaged app (built here when target/quarkus-app is missing).
set -euo pipefail

cd "$(dirname "$0")/../.."
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGADMIN=${PGADMIN:-postgres}
DB=${BENCH_DB:-dc_bench}
OWNER=${DB}_owner
APP=${DB}_app
PORT=${BENCH_PORT:-18093}
TENANT=${BENCH_TENANT:-bench}
RUNS=${BENCH_RUNS:-3}
SEED="$(pwd)/bench/portfolio/seed.sql"
LOG=$(mktemp /tmp/portfolio-bench-app.XXXXXX.log)

psql_admin() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGADMIN" -v ON_ERROR_STOP=1 -qAt "$@"; }

if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
    ./mvnw -B -o -q package -DskipTests
fi

echo "== database $DB on $PGHOST:$PGPORT"
psql_admin -d postgres <<SQL
DROP DATABASE IF EXISTS $DB;
DROP ROLE IF EXISTS $APP;
DROP ROLE IF EXISTS $OWNER;
CREATE ROLE $OWNER LOGIN NOSUPERUSER NOBYPASSRLS;
CREATE ROLE $APP LOGIN NOSUPERUSER NOBYPASSRLS;
CREATE DATABASE $DB OWNER $OWNER;
SQL
psql_admin -d "$DB" -c "ALTER SCHEMA public OWNER TO $OWNER"

echo "== starting the application (log: $LOG)"
# Quarkus uses the Flyway credentials only when both user and password are non-empty, so the passwords are set
# (trust authentication ignores them).
QUARKUS_PROFILE=dev QUARKUS_HTTP_PORT=$PORT DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DB_USER=$APP DB_PASSWORD=bench \
    DB_OWNER_USER=$OWNER DB_OWNER_PASSWORD=bench java -Xmx2g -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
    sleep 1
done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "the application did not start"; tail -50 "$LOG"; exit 1; }

TOKEN=$(curl -sf "http://127.0.0.1:$PORT/dev/token?role=manager&tenant=$TENANT" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
# The first call provisions the tenant (tenant row and role taxonomy).
curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/coverage?first=1" >/dev/null

seed() {
    echo "== seeding opportunities $1..$2"
    psql -h "$PGHOST" -p "$PGPORT" -U "$OWNER" -d "$DB" -v ON_ERROR_STOP=1 -q \
        -v tenant="$TENANT" -v from_n="$1" -v to_n="$2" -f "$SEED" >/dev/null
}

# Median wall time in seconds of $RUNS rankings, after one warm-up call (JIT, caches).
time_ranking() {
    local url="http://127.0.0.1:$PORT/api/v1/coverage?first=20"
    local total
    total=$(curl -sf -H "Authorization: Bearer $TOKEN" "$url" | grep -o '"opportunityId"' | wc -l)
    [ "$total" -eq 20 ] || { echo "unexpected page size $total" >&2; exit 1; }
    for _ in $(seq 1 "$RUNS"); do
        curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$url"
    done | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

seed 1 1000
T1=$(time_ranking)
echo "1,000 open opportunities: ${T1}s"
seed 1001 10000
T10=$(time_ranking)
echo "10,000 open opportunities: ${T10}s"
awk -v a="$T1" -v b="$T10" 'BEGIN {
    ratio = b / a
    printf "ratio 10k/1k: %.2f (goal <= 12: %s)\n", ratio, ratio <= 12 ? "met" : "NOT met"
}'
