#!/usr/bin/env bash
# Throughput of POST /api/v1/roi (article example, real partner token) against GET /q/health/live,
# both measured by wrk in the same run on the same server; prints both req/s and their ratio.
# Goal: the ROI endpoint reaches >= 50% of the liveness endpoint's throughput.
#
#   bench/roi/run.sh                      # packages if needed, starts the jar (dev profile), measures, stops it
#   BASE_URL=http://localhost:8080 bench/roi/run.sh   # measures a running dev-profile server instead
#
# Knobs: DURATION (s per endpoint, default 40, split over ROUNDS alternating rounds, default 8), CONNECTIONS (default 32), THREADS (default 2), PORT (default 18080),
# APP_JAR (the quarkus-run.jar to start; default target/quarkus-app/quarkus-run.jar, packaged if missing).
# The started server gets ROI_RATE_LIMIT_PER_MINUTE=1000000000 so the per-client limit does not cut
# the run short; a server you start yourself needs the same, or the run reports non-200 answers and fails.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DURATION="${DURATION:-40}"
ROUNDS="${ROUNDS:-8}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
PORT="${PORT:-18080}"
SERVER_PID=""

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk is missing: installing the Debian package" >&2
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

cleanup() {
  if [[ -n "$SERVER_PID" ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

if [[ -z "${BASE_URL:-}" ]]; then
  BASE_URL="http://localhost:$PORT"
  if [[ ! -f "${APP_JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}" ]]; then
    echo "packaging the service" >&2
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
  fi
  mkdir -p "$ROOT/bench/out"
  echo "starting the packaged service on port $PORT (dev profile)" >&2
  QUARKUS_PROFILE=dev QUARKUS_HTTP_PORT="$PORT" ROI_RATE_LIMIT_PER_MINUTE=1000000000 \
    QUARKUS_LOG_CATEGORY__COM_DECISIONCHAIN__LEVEL=INFO \
    java -jar "${APP_JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}" >"$ROOT/bench/out/roi-server.log" 2>&1 &
  SERVER_PID=$!
fi

for _ in $(seq 1 180); do
  curl -fsS "$BASE_URL/q/health/live" >/dev/null 2>&1 && break
  [[ -n "$SERVER_PID" ]] && ! kill -0 "$SERVER_PID" 2>/dev/null && { echo "the service did not start; see bench/out/roi-server.log" >&2; exit 1; }
  sleep 1
done
curl -fsS "$BASE_URL/q/health/live" >/dev/null

ROI_TOKEN="$(curl -fsS "$BASE_URL/dev/token?role=partner&subject=bench-partner" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
[[ -n "$ROI_TOKEN" ]] || { echo "no dev token (is the server in the dev profile?)" >&2; exit 1; }
export ROI_TOKEN

check="$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $ROI_TOKEN" \
  -H 'Content-Type: application/json' \
  -d '{"currency":"CNY","initialCost":1000000,"annualBenefit":300000,"years":5,"discountRate":0.08}' "$BASE_URL/api/v1/roi")"
[[ "$check" == 200 ]] || { echo "POST /api/v1/roi answered $check" >&2; exit 1; }

measure() { # wrk arguments; prints req/s; fails on any non-2xx answer
  local out
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" --latency "$@")"
  echo "$out" >&2
  if grep -q 'Non-2xx' <<<"$out" || grep -Eq 'non_200_responses: [1-9]' <<<"$out"; then
    echo "non-200 answers during the run: the figure is not valid" >&2
    exit 1
  fi
  awk '/^Requests\/sec:/ {print $2}' <<<"$out"
}

echo "warming up (JIT) for 10 s each" >&2
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$BASE_URL/q/health/live" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s "$HERE/post.lua" "$BASE_URL/api/v1/roi" >/dev/null

# Throughput drifts during a run: the two endpoints take turns in short rounds (health first in
# odd rounds, ROI first in even ones), so a slow spell weighs on both alike.
round_seconds=$(( DURATION / ROUNDS > 0 ? DURATION / ROUNDS : 1 ))
health_runs=(); roi_runs=(); ratios=()
for round in $(seq 1 "$ROUNDS"); do
  if (( round % 2 == 1 )); then
    echo "== round $round: GET /q/health/live (baseline), then POST /api/v1/roi ==" >&2
    h="$(measure -d"${round_seconds}s" "$BASE_URL/q/health/live")"
    r="$(measure -d"${round_seconds}s" -s "$HERE/post.lua" "$BASE_URL/api/v1/roi")"
  else
    echo "== round $round: POST /api/v1/roi, then GET /q/health/live (baseline) ==" >&2
    r="$(measure -d"${round_seconds}s" -s "$HERE/post.lua" "$BASE_URL/api/v1/roi")"
    h="$(measure -d"${round_seconds}s" "$BASE_URL/q/health/live")"
  fi
  health_runs+=("$h"); roi_runs+=("$r")
  ratios+=("$(awk -v a="$r" -v b="$h" 'BEGIN { printf "%.1f", 100 * a / b }')")
done
health="$(printf '%s\n' "${health_runs[@]}" | awk '{ s += $1 } END { printf "%.2f", s / NR }')"
roi="$(printf '%s\n' "${roi_runs[@]}" | awk '{ s += $1 } END { printf "%.2f", s / NR }')"
median="$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }')"

echo "== POST /api/v1/roi with {} (token check and JSON reading only, answers 400) ==" >&2
floor_out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${round_seconds}s" -s "$HERE/floor.lua" "$BASE_URL/api/v1/roi")"
echo "$floor_out" >&2
floor="$(awk '/^Requests\/sec:/ {print $2}' <<<"$floor_out")"

ratio="$(awk -v a="$roi" -v b="$health" 'BEGIN { printf "%.1f", 100 * a / b }')"
echo "health_live_req_per_s=$health (mean of $ROUNDS rounds of ${round_seconds} s)"
echo "roi_post_req_per_s=$roi (mean of $ROUNDS rounds of ${round_seconds} s)"
echo "roi_to_health_ratio_percent=$ratio (goal >= 50)"
echo "roi_to_health_ratio_percent_by_round=${ratios[*]} (median $median)"
echo "request_path_floor_req_per_s=$floor (authenticated POST answered 400 before any calculation; $(awk -v a="$floor" -v b="$health" 'BEGIN { printf "%.1f", 100 * a / b }')% of health)"
