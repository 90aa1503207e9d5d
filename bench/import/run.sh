#!/usr/bin/env bash
# Import benchmark: generates a deterministic 100,000-row ZoomInfo export (~3,000 companies, 2% duplicate
# people), then times
#   (a) a raw psql \copy of the file into a plain table (the median of three),
#   (b) the product's import end to end through the API (upload until the job is SUCCEEDED), on a warm service,
#   (c) a floor under any import that keeps one stakeholder per person: (a) plus inserting them into a table
#       indexed like stakeholder.
# Prints rows/s and the ratios b/a (goal <= 3) and c/a.
#
# Needs a running service and its database:
#   BASE_URL      default http://localhost:8080
#   TOKEN         bearer with integrator/manager/admin (dev profile: fetched from /dev/token?role=manager)
#   WARMUP_TOKEN  optional: a token of another tenant, whose import of the same file warms the service first
#   PSQL_URL      postgresql://user:pass@127.0.0.1:5432/db, the service's own server, for (a) and (c)
# bench/import/serve.sh starts a service on a fresh database and prints these. Use a new tenant per run (serve.sh
# does): a tenant's earlier imports are replayed by each job.
set -euo pipefail
cd "$(dirname "$0")"
ROWS=${ROWS:-100000}
BASE_URL=${BASE_URL:-http://localhost:8080}
FILE=${FILE:-/tmp/zoominfo_${ROWS}.csv}
PSQL_URL=${PSQL_URL:?set PSQL_URL to the database for the baseline COPY}

python3 generate.py "$ROWS" "$FILE"
if [ -z "${TOKEN:-}" ]; then
  TOKEN=$(curl -fsS "$BASE_URL/dev/token?role=manager" | python3 -c 'import sys,json; d=sys.stdin.read(); print(json.loads(d)["access_token"])')
fi
now() { date +%s.%N; }

# (a) The median of three copies, each into a new table: a single copy varies by a fifth from run to run.
copies=()
for _ in 1 2 3; do
  psql "$PSQL_URL" -qc "drop table if exists bench_import_copy; create table bench_import_copy (contact_id text,
    first_name text, last_name text, title text, level text, department text, email text, phone text, linkedin text,
    company_id text, company text, website text, city text, country text)"
  start=$(now)
  psql "$PSQL_URL" -qc "\\copy bench_import_copy from '$FILE' with (format csv, header true)"
  copies+=("$(python3 -c 'import sys; print(float(sys.argv[2]) - float(sys.argv[1]))' "$start" "$(now)")")
done
a=$(python3 -c 'import sys, statistics; print(statistics.median(map(float, sys.argv[1:])))' "${copies[@]}")
# (c) The staging COPY above plus inserting one stakeholder per distinct person into a table with the stakeholder
# table's columns and indexes; no foreign keys, row-level security, parsing, matching, people, provenance or role
# suggestions. Ids are ordered, as the product's are.
psql "$PSQL_URL" -qc "drop table if exists bench_import_floor; create table bench_import_floor (like stakeholder including all)"
t4=$(now)
psql "$PSQL_URL" -qc "insert into bench_import_floor (tenant_id, id, person_id, account_id, first_name, last_name,
  full_name, title, department, seniority, email, phone, linkedin_url, location, status, version, created_at, updated_at)
  select 'bench', lpad(to_hex(n), 32, '0')::uuid, lpad(to_hex(n + 1000000000), 32, '0')::uuid,
  lpad(to_hex(company_id::bigint), 32, '0')::uuid, first_name, last_name, concat_ws(' ', first_name, last_name), title,
  department, 'UNKNOWN', email, phone, linkedin, concat_ws(', ', city, country), 'ACTIVE', 0, now(), now()
  from (select row_number() over () as n, * from (select distinct on (contact_id) * from bench_import_copy) people) numbered"
t5=$(now)
psql "$PSQL_URL" -qc "drop table bench_import_floor; drop table bench_import_copy"

# Uploads the file with the given token and waits for the job; sets $job (its final JSON) and $status.
import_file() {
  local id
  id=$(curl -fsS -H "Authorization: Bearer $1" -F "file=@$FILE;type=text/csv" -F format=ZOOMINFO_CONTACTS \
    "$BASE_URL/api/v1/imports" | python3 -c 'import sys,json; print(json.load(sys.stdin)["id"])')
  while :; do
    job=$(curl -fsS -H "Authorization: Bearer $1" "$BASE_URL/api/v1/imports/$id")
    status=$(echo "$job" | python3 -c 'import sys,json; print(json.load(sys.stdin)["status"])')
    [ "$status" = SUCCEEDED ] || [ "$status" = FAILED ] && break
    sleep 0.2
  done
}

# The first import after a start also compiles the import code, and a service runs warm: the same file goes first
# into another tenant, so that the timed import still meets an empty tenant. The database is then vacuumed and
# analyzed, as autovacuum would do in time, so that the warm-up's writes do not weigh on the timed run.
warmup=0
if [ -n "${WARMUP_TOKEN:-}" ]; then
  w0=$(now)
  import_file "$WARMUP_TOKEN"
  warmup=$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$w0" "$(now)")
  [ "$status" = SUCCEEDED ] || { echo "the warm-up import ended $status: $job" >&2; exit 1; }
  psql "$PSQL_URL" -qc "vacuum analyze"
fi
t2=$(now)
import_file "$TOKEN"
t3=$(now)
echo "$job"
[ "$status" = SUCCEEDED ] || { echo "the timed import ended $status" >&2; exit 1; }
python3 - "$a" "$t2" "$t3" "$t4" "$t5" "$ROWS" "$status" "$warmup" <<'PY'
import sys
a, t2, t3, t4, t5, rows = map(float, sys.argv[1:7])
warmup = float(sys.argv[8])
b, c = t3 - t2, a + (t5 - t4)
print(f"(a) psql \\copy      : {a:8.2f} s  {rows / a:10.0f} rows/s  (median of 3)")
if warmup:
    print(f"    warm-up import (first after start, other tenant): {warmup:8.2f} s  ratio {warmup / a:6.2f}")
print(f"(b) API import ({sys.argv[7]}): {b:8.2f} s  {rows / b:10.0f} rows/s")
print(f"(c) floor: (a) + stakeholder insert: {c:8.2f} s  ratio c/a {c / a:6.2f}")
print(f"ratio b/a           : {b / a:8.2f}  (goal <= 3)")
PY
