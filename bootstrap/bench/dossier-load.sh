#!/usr/bin/env bash
# Benchmark, run on purpose (not a test): latency of the dossier API at 10,000 then at 1,000,000 dossiers.
#   bootstrap/bench/dossier-load.sh
# One command does everything, on loopback, and prints figures rather than asserting them:
#   1. builds the app if bootstrap/target/quarkus-app is missing (BUILD=1 forces it);
#   2. starts it with the embedded PostgreSQL (15432) and Keycloak (8180) and a work dir of its own,
#      .passerelle/bench (git-ignored), whose PostgreSQL data is recreated at each run; the demo data dir
#      (.passerelle/postgres-data) is never touched. Keycloak's distribution and GreenMail's jar, as the build put them in
#      .passerelle/, are linked into the bench work dir, where the embedded defaults look for them;
#   3. seeds 10,000 dossiers (100 establishments x 100, sql/seed-dossiers.sql), measures, grows the data to
#      1,000,000 dossiers (10,000 establishments x 100) and measures again, the same requests, with wrk -t2 -c20:
#        list    GET  /api/v1/dossiers?establishmentId=<random seeded one>&status=GRANTED&limit=20   (staff)
#        fetch   GET  /api/v1/dossiers/<random seeded non-draft number>                           (staff)
#        submit  POST /api/v1/dossiers/<number>/submit, If-Match: "1", each request a different complete draft
#                of a pool seeded just before (sql/submit-pool.sql) and deleted just after    (demo employer)
#      each after a warm-up run of the same requests;
#   4. prints a summary table (p50/p95/p99, requests/s, non-2xx), the targets, the load average, and
#      EXPLAIN (ANALYZE, BUFFERS) of the list and fetch queries as the app issues them (sql/explain.sql);
#   5. stops the app, Keycloak and PostgreSQL (the whole process tree) and checks that 8080, 8180, 15432 are free.
# Targets (project issue): p95 <= 30 ms for list, <= 15 ms for fetch, and list p95 at 1M <= 1.3 x list p95 at 10k.
# Knobs: DURATION (20s), FIRST_WARMUP (40s, the JVM is cold), WARMUP (10s), SUBMIT_DURATION (10s), SUBMIT_POOL (30000), STATUS (GRANTED), KEEP=1 leaves
# the app running at the end (stop it with the printed kill command).
set -euo pipefail
cd "$(dirname "$0")/../.."

duration="${DURATION:-20s}"
warmup="${WARMUP:-10s}"
first_warmup="${FIRST_WARMUP:-40s}"
submit_duration="${SUBMIT_DURATION:-10s}"
pool="${SUBMIT_POOL:-30000}"
status="${STATUS:-GRANTED}"
bench=bootstrap/bench
work=.passerelle/bench
jar=bootstrap/target/quarkus-app/quarkus-run.jar
log="$work/app.log"
results="$work/results.txt"
ports=(8080 8180 15432)
psql_bench=(psql -X -q -h localhost -p 15432 -U postgres -d passerelle -v ON_ERROR_STOP=1)
export BENCH_LUA_DIR="$PWD/$bench/lua"

say() { printf '\n== %s (%s)\n' "$*" "$(date +%H:%M:%S)"; }

# --- tools ---------------------------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v psql >/dev/null || missing+=(postgresql-client)
command -v curl >/dev/null || missing+=(curl)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} with apt-get" >&2
  apt-get install -y "${missing[@]}" >/dev/null
fi
for port in "${ports[@]}"; do
  if ss -ltn "sport = :$port" | grep -q LISTEN; then
    echo "Port $port is in use: stop what runs there (./mvnw -Prun?) first" >&2
    exit 1
  fi
done

# --- build ---------------------------------------------------------------------------------------------------------
if [[ ! -f "$jar" || -n "${BUILD:-}" ]]; then
  say "building (./mvnw -q -DskipTests package)"
  ./mvnw -q -DskipTests package
fi
keycloak_dist=$(cd .passerelle && ls -d keycloak-[0-9]* | sort -V | tail -1)
mail_server=$(cd .passerelle && ls greenmail-standalone-*.jar | sort -V | tail -1)
[[ -n "$keycloak_dist" && -n "$mail_server" ]] || { echo "No Keycloak or GreenMail in .passerelle/: run ./mvnw -DskipTests package" >&2; exit 1; }
mkdir -p "$work"
ln -sfn "../$keycloak_dist" "$work/$keycloak_dist"
ln -sfn "../$mail_server" "$work/$mail_server"
rm -rf "$work/postgres-data"

# --- start, and stop at exit ---------------------------------------------------------------------------------------
app_pid=""
descendants() { # every process under $1, deepest last
  local child
  for child in $(cat /proc/"$1"/task/*/children 2>/dev/null); do
    echo "$child"
    descendants "$child"
  done
}
started_at() { sed 's/^.*) //' /proc/"$1"/stat 2>/dev/null | cut -d' ' -f20; }   # field 22: start time
state_of() { sed 's/^.*) //' /proc/"$1"/stat 2>/dev/null | cut -d' ' -f1; }
postgres_pids() {
  local postmaster
  postmaster=$(head -1 "$work/postgres-data/postmaster.pid" 2>/dev/null || true)
  if [[ -n "$postmaster" ]]; then
    echo "$postmaster"
    descendants "$postmaster"
  fi
}
stop_all() {
  [[ -n "$app_pid" ]] || return 0
  if [[ -n "${KEEP:-}" ]]; then
    echo "KEEP is set: the app is still running; stop it with: kill $app_pid (its shutdown hook stops Keycloak and PostgreSQL)"
    return 0
  fi
  say "stopping the app, Keycloak and PostgreSQL"
  # Each process of the tree as pid:start time, so that a pid reused meanwhile by someone else is never killed.
  local tree="" pid
  for pid in $(descendants "$app_pid") $(postgres_pids); do tree+=" $pid:$(started_at "$pid")"; done
  # The app's shutdown hook stops Keycloak and PostgreSQL; whatever of the tree outlives it is killed.
  kill -TERM "$app_pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$app_pid" 2>/dev/null && kill -KILL "$app_pid"
  for entry in $tree; do
    pid=${entry%%:*}
    if [[ -n "${entry#*:}" && "$(started_at "$pid")" == "${entry#*:}" && "$(state_of "$pid")" != Z ]]; then
      echo "still alive after the app stopped, killed: $pid $(tr '\0' ' ' < /proc/"$pid"/cmdline | cut -c1-80)"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  sleep 1
  for port in "${ports[@]}"; do
    if ss -ltn "sport = :$port" | grep -q LISTEN; then echo "WARNING: port $port still in use" >&2; fi
  done
}
trap stop_all EXIT
trap 'exit 130' INT TERM

say "starting the app (work dir $work, log $log)"
java -Dpasserelle.work.dir="$work" -jar "$jar" > "$log" 2>&1 &
app_pid=$!
started=$(date +%s)
until curl -sf -o /dev/null http://localhost:8080/q/health/ready; do
  kill -0 "$app_pid" 2>/dev/null || { echo "The app died, see $log" >&2; tail -20 "$log" >&2; exit 1; }
  (( $(date +%s) - started < 600 )) || { echo "The app was not ready within 10 minutes, see $log" >&2; exit 1; }
  sleep 1
done
echo "ready after $(( $(date +%s) - started )) s"

token() {
  curl -sf -d grant_type=password -d client_id=passerelle-cli -d username="$1" -d password=demo \
    http://localhost:8180/realms/passerelle/protocol/openid-connect/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
staff=gestionnaire@demo.passerelle.fr
employer=employeur@demo.passerelle.fr

seed() { # first and last establishment index
  local from=$1 to=$2 t0
  t0=$(date +%s)
  "${psql_bench[@]}" -v from_est="$from" -v to_est="$to" -f "$bench/sql/seed-dossiers.sql"
  echo "  establishments $from..$to: $(( (to - from + 1) * 100 )) dossiers in $(( $(date +%s) - t0 )) s"
}

# CPU time (clock ticks, user + system) the given processes have used so far.
ticks() {
  local total=0 pid fields
  for pid in "$@"; do
    if [[ -r /proc/$pid/stat ]]; then
      read -r -a fields < <(sed 's/^.*) //' "/proc/$pid/stat")
      total=$((total + fields[11] + fields[12]))
    fi
  done
  echo "$total"
}
# Busy clock ticks of the whole machine, all cores (user, nice, system, irq, softirq, steal).
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
# PostgreSQL is started with pg_ctl, so it is no child of the app: the postmaster, from its pid file, and its backends.

# wrk_run <name> <lua> <duration> [VAR=value…]: one wrk run whose RESULT line goes to $results, with the CPU time the
# app's JVM and PostgreSQL spent per request (a figure the other loads of a shared machine hardly change, unlike
# latency: at 20 clients on 2 cores, latency is about 20 / (2 / CPU time per request) when the CPU is the limit).
wrk_run() {
  local name=$1 script=$2 length=$3 app0 pg0 machine0 start pgs line requests hz
  shift 3
  pgs=$(postgres_pids)
  app0=$(ticks "$app_pid"); pg0=$(ticks $pgs); machine0=$(machine_ticks); start=$(date +%s%N)
  line=$(env "$@" BENCH_NAME="$name" wrk -t2 -c20 -d"$length" --timeout 10s -s "$bench/lua/$script" http://localhost:8080 \
    | grep '^RESULT')
  hz=$(getconf CLK_TCK)
  requests=$(sed 's/.* requests=\([0-9]*\).*/\1/' <<< "$line")
  # others_cores: cores busy with anything but the app and PostgreSQL (wrk itself included) during the run.
  line+=$(awk -v app=$(( $(ticks "$app_pid") - app0 )) -v pg=$(( $(ticks $pgs) - pg0 )) -v hz="$hz" -v n="$requests" \
    -v machine=$(( $(machine_ticks) - machine0 )) -v seconds="$(( $(date +%s%N) - start ))e-9" \
    'BEGIN { printf " app_cpu_ms=%.2f pg_cpu_ms=%.2f others_cores=%.2f", app * 1000 / hz / n, pg * 1000 / hz / n,
             (machine - app - pg) / hz / seconds }')
  echo "$line" | tee -a "$results" | sed 's/^/  /'
}

load_average() { sed 's/.*load average: //' <<< "$(uptime)"; }

measure() { # phase label, establishments, dossiers, first number of the submit pool, warm-up length
  local phase=$1 establishments=$2 dossiers=$3 first=$4 warmup=$5
  say "measuring at $phase dossiers (load average $(load_average))"
  local staff_token
  staff_token=$(token "$staff")
  wrk_run "warmup-list-$phase" list.lua "$warmup" TOKEN="$staff_token" ESTABLISHMENTS="$establishments" STATUS="$status" > /dev/null
  echo "  load average before list: $(load_average)" | tee -a "$results"
  wrk_run "list-$phase" list.lua "$duration" TOKEN="$staff_token" ESTABLISHMENTS="$establishments" STATUS="$status"
  staff_token=$(token "$staff")
  wrk_run "warmup-fetch-$phase" fetch.lua "$warmup" TOKEN="$staff_token" DOSSIERS="$dossiers" > /dev/null
  echo "  load average before fetch: $(load_average)" | tee -a "$results"
  wrk_run "fetch-$phase" fetch.lua "$duration" TOKEN="$staff_token" DOSSIERS="$dossiers"

  # A pool of complete drafts: the first third for the warm-up, the rest for the measured run.
  "${psql_bench[@]}" -v first_number="$first" -v pool="$pool" -f "$bench/sql/submit-pool.sql"
  "${psql_bench[@]}" -c "VACUUM ANALYZE dossier"
  local employer_token
  employer_token=$(token "$employer")
  wrk_run "warmup-submit-$phase" submit.lua 3s TOKEN="$employer_token" FIRST_NUMBER="$first" > /dev/null
  echo "  load average before submit: $(load_average)" | tee -a "$results"
  wrk_run "submit-$phase" submit.lua "$submit_duration" TOKEN="$employer_token" FIRST_NUMBER=$((first + pool / 3))
  # Remove the pool again, so that the next phase counts exactly the seeded dossiers.
  "${psql_bench[@]}" -c "
    DELETE FROM dossier_history WHERE dossier_id IN
      (SELECT id FROM dossier WHERE number BETWEEN '$first' AND '$((first + pool - 1))');
    DELETE FROM dossier WHERE number BETWEEN '$first' AND '$((first + pool - 1))';"
}

explain() {
  say "EXPLAIN (ANALYZE, BUFFERS) at $1 dossiers, the queries as the app issues them (sql/explain.sql)"
  "${psql_bench[@]}" -v establishment="'eb000000-0000-4000-8000-000000000042'" -v status="'$status'" \
    -v number="'$((910000000 + $2))'" -f "$bench/sql/explain.sql"
}

: > "$results"

# --- 10,000 dossiers -----------------------------------------------------------------------------------------------
say "seeding 10,000 dossiers over 100 establishments"
seed 1 100
"${psql_bench[@]}" -c "VACUUM ANALYZE dossier" -c "VACUUM ANALYZE dossier_history" -c "VACUUM ANALYZE establishment"
# The JVM is cold here: a longer warm-up, so that the 10k figures are not those of the interpreter and C1.
measure 10k 100 10000 980000001 "$first_warmup"
explain 10k 4203

# --- 1,000,000 dossiers --------------------------------------------------------------------------------------------
say "growing to 1,000,000 dossiers over 10,000 establishments"
t0=$(date +%s)
for from in $(seq 101 1000 10000); do
  to=$((from + 999)); ((to > 10000)) && to=10000
  seed "$from" "$to"
done
"${psql_bench[@]}" -c "VACUUM ANALYZE dossier" -c "VACUUM ANALYZE dossier_history" -c "VACUUM ANALYZE establishment" -c "VACUUM ANALYZE company"
echo "  seeded and analysed in $(( $(date +%s) - t0 )) s; $("${psql_bench[@]}" -At -c "SELECT count(*) FROM dossier") dossiers in the table, $("${psql_bench[@]}" -At -c "SELECT pg_size_pretty(pg_total_relation_size('dossier'))") with indexes"
measure 1M 10000 1000000 981000001 "$warmup"
explain 1M 604203

# --- summary -------------------------------------------------------------------------------------------------------
say "summary (wrk -t2 -c20, loopback; latencies and CPU time per request in ms)"
awk '
  /^RESULT (list|fetch|submit)-/ {
    split($2, n, "-"); row = n[1] "-" n[2]; rows[++count] = row
    for (i = 3; i <= NF; i++) { split($i, kv, "="); v[row, kv[1]] = kv[2] }
  }
  END {
    printf "%-8s %-5s %8s %8s %8s %8s %9s %8s %12s %11s %13s\n", "scenario", "data", "p50", "p95", "p99", "req/s", "requests",
           "non-2xx", "app cpu/req", "pg cpu/req", "others cores"
    for (r = 1; r <= count; r++) {
      row = rows[r]; split(row, n, "-")
      printf "%-8s %-5s %8s %8s %8s %8s %9s %8s %12s %11s %13s\n", n[1], n[2], v[row, "p50_ms"], v[row, "p95_ms"], v[row, "p99_ms"],
             v[row, "rps"], v[row, "requests"], v[row, "non2xx"] + v[row, "socket_errors"], v[row, "app_cpu_ms"], v[row, "pg_cpu_ms"],
             v[row, "others_cores"]
    }
    printf "\ntargets: list p95 <= 30 ms: 10k %s, 1M %s; fetch p95 <= 15 ms: 10k %s, 1M %s\n",
           (v["list-10k", "p95_ms"] <= 30 ? "met" : "MISSED"), (v["list-1M", "p95_ms"] <= 30 ? "met" : "MISSED"),
           (v["fetch-10k", "p95_ms"] <= 15 ? "met" : "MISSED"), (v["fetch-1M", "p95_ms"] <= 15 ? "met" : "MISSED")
    ratio = v["list-1M", "p95_ms"] / v["list-10k", "p95_ms"]
    printf "list p95 1M / 10k = %.2f (target <= 1.3: %s)\n", ratio, (ratio <= 1.3 ? "met" : "MISSED")
  }' "$results"
grep 'load average' "$results" | sed 's/^ *//'
echo "machine: $(nproc) cores; now: $(uptime)"
echo "(the load average counts this benchmark's own threads too; others_cores is what the rest of the machine used, wrk included)"
