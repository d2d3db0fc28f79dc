#!/usr/bin/env bash
# Benchmark, run on purpose (not a test): how long the app takes from launch to readiness, and its resident memory,
# once PostgreSQL and Keycloak are already up. Start them first with `./mvnw -Prun` (in another terminal), then:
#   bootstrap/bench/startup-readiness.sh [runs]
# A second instance is launched on port 8090 against the running services, so nothing embedded starts.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs="${1:-5}"
jar=bootstrap/target/quarkus-app/quarkus-run.jar
port=8090
[[ -f "$jar" ]] || { echo "Build first: ./mvnw -Prun (or ./mvnw package -DskipTests)" >&2; exit 1; }
curl -sf -o /dev/null http://localhost:8180/realms/passerelle || { echo "Keycloak is not up on 8180: start ./mvnw -Prun first" >&2; exit 1; }

export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:15432/passerelle"
export QUARKUS_DATASOURCE_USERNAME=postgres
export MP_JWT_VERIFY_ISSUER="http://localhost:8180/realms/passerelle"
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="http://localhost:8180/realms/passerelle/protocol/openid-connect/certs"
export QUARKUS_HTTP_PORT=$port

printf '%-4s %-18s %-12s\n' run ready_after_ms rss_mib
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  java -jar "$jar" > "/tmp/passerelle-bench-$run.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "the app died, see /tmp/passerelle-bench-$run.log" >&2; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  printf '%-4s %-18s %-12s\n' "$run" "$ready_ms" "$(( rss_kib / 1024 ))"
  kill -TERM "$pid"; wait "$pid" || true
done
