#!/usr/bin/env bash
# Load benchmark of the HTTP API: a bbox + date query on a store of 1M events.
#
#   bench/serve/load.sh [BUILD] [SECONDS] [EVENTS]
#
# Generates the store once (serve_gen_store, kept in BUILD/serve_1m.db),
# starts `sitrep serve` on a free loopback port without rate limit, runs wrk
# (2 threads, 8 connections, SECONDS long, default 10) with random 1-degree
# boxes and 30-day windows (bbox_date.lua), and writes requests/s and
# latency percentiles to bench/results/serve_load.txt with date and commit.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
secs=${2:-10}
events=${3:-1000000}
db="$build/serve_$((events / 1000000))m.db"
[ "$events" -ge 1000000 ] || db="$build/serve_${events}.db"
out="$root/bench/results/serve_load.txt"
command -v wrk > /dev/null || { echo "load.sh: needs wrk (apt-get install wrk)" >&2; exit 1; }

if [ ! -s "$db" ]; then
  rm -f "$db" "$db-wal" "$db-shm"
  "$build/serve_gen_store" "$db" "$events" 100
fi
log=$(mktemp)
"$build/sitrep" --db "$db" serve --port 0 --rate-limit 0 --threads 8 > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$log"' EXIT
base=""
for _ in $(seq 1 100); do
  base=$(sed -n 's|^sitrep: serving \(http://[^ ]*\)/ .*|\1|p' "$log")
  [ -n "$base" ] && break
  sleep 0.1
done
[ -n "$base" ] || { cat "$log" >&2; exit 1; }
curl -sf "$base/api/health" > /dev/null
sample="/api/events?bbox=40,35,41,36&since=2017-09-01&until=2017-09-30&limit=100"
one=$(curl -s -o /dev/null -w '%{time_total}' "$base$sample")
count=$(curl -s "$base$sample" | jq .count)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# One connection: the latency of the query itself, without queueing.
single=$(wrk -t1 -c1 -d"${secs}s" --latency -s "$here/bbox_date.lua" "$base")
# Eight connections over the server's eight workers: throughput.
result=$(wrk -t2 -c8 -d"${secs}s" --latency -s "$here/bbox_date.lua" "$base")
# The store's SQL alone, in the form Store::ListEvents runs and in the
# date-driven form (see query_plans.py), to tell query time from server time.
plans="(python3 not installed: SQL plan comparison skipped)"
if command -v python3 > /dev/null; then plans=$(python3 "$here/query_plans.py" "$db" 300); fi
mkdir -p "$(dirname "$out")"
{
  echo "# sitrep serve load benchmark (bench/serve/load.sh)"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git -C "$root" rev-parse --short HEAD)"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "store: $events synthetic events (serve_gen_store, seed 1), $(du -h "$db" | cut -f1)"
  echo "query: GET /api/events?bbox=<random 1x1 degree>&since=<d>&until=<d+29>&limit=100"
  echo "sample: $sample -> $count events in ${one}s (curl, one request)"
  echo "server: sitrep serve --threads 8 --rate-limit 0, loopback"
  echo "load average before the runs (1/5/15 min): $load_before (2 cores shared with other work)"
  echo
  echo "## wrk -t1 -c1 -d${secs}s (latency, one request at a time)"
  echo "$single"
  echo
  echo "## wrk -t2 -c8 -d${secs}s (throughput)"
  echo "$result"
  echo
  echo "## the store's SQL alone, 300 random queries, one connection (bench/serve/query_plans.py)"
  echo "$plans"
} | tee "$out"
