#!/usr/bin/env bash
# Measures `./dealstream local`: start-up time (JVM start until the HTTP API is healthy and the
# samples are fed, as the command prints it), time until every sample's deal updates are out,
# memory (RSS, heap in use after a full GC), and the time SIGTERM takes to stop everything.
# Usage: cli/scripts/measure-local.sh [cold|warm] [extra options of `dealstream local`]
#   cold: a fresh data directory (storage formatted, topics created, CoreNLP loaded)
#   warm: the data directory of the previous cold run (broker and Streams state reused)
# Ports 19092/18080 are used so that a running `dealstream local` is not disturbed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MODE="${1:-cold}"
shift || true
DATA="${MEASURE_DATA_DIR:-/tmp/dealstream-measure}"
OUT="$(mktemp -d)"
[[ "$MODE" == "cold" ]] && rm -rf "$DATA"

"$ROOT/dealstream" --version >/dev/null # build first, outside the measurement

start=$(date +%s.%N)
"$ROOT/dealstream" local --data-dir "$DATA" --kafka-port 19092 --http-port 18080 "$@" \
  >"$OUT/stdout" 2>"$OUT/stderr" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true' EXIT

until grep -q "dealstream ready in" "$OUT/stderr"; do
  kill -0 $pid 2>/dev/null || { echo "local exited:"; cat "$OUT/stderr"; exit 1; }
  sleep 0.2
done
ready_wall=$(echo "$(date +%s.%N) - $start" | bc)

# Until the deal updates stop coming (no new line for 10 s).
last=0; quiet_since=$(date +%s)
while true; do
  n=$(wc -l <"$OUT/stdout")
  if (( n != last )); then last=$n; quiet_since=$(date +%s); fi
  (( $(date +%s) - quiet_since >= 10 )) && break
  sleep 0.5
done
settled_wall=$(echo "$(date +%s) - 10 - ${start%.*}" | bc)

rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
hwm_kb=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
heap=$(jcmd $pid GC.heap_info 2>/dev/null | head -n 3 || true)
jcmd $pid GC.run >/dev/null 2>&1 || true
sleep 1
heap_after_gc=$(jcmd $pid GC.heap_info 2>/dev/null | head -n 3 || true)

stop_start=$(date +%s.%N)
kill -TERM $pid
wait $pid || true
trap - EXIT
stop_s=$(echo "$(date +%s.%N) - $stop_start" | bc)

echo "mode: $MODE"
grep "dealstream ready in" "$OUT/stderr"
echo "wall clock from launch to ready: ${ready_wall} s (includes the launcher's staleness check)"
echo "deal update lines printed: $(grep -vc '^rejected' "$OUT/stdout"), rejections: $(grep -c '^rejected' "$OUT/stdout" || true)"
echo "launch until the last deal update (approx., 1 s resolution): ${settled_wall} s"
echo "RSS: $(( rss_kb / 1024 )) MB now, peak $(( hwm_kb / 1024 )) MB"
echo "heap before GC:"; echo "$heap"
echo "heap after a full GC:"; echo "$heap_after_gc"
echo "SIGTERM to exit: ${stop_s} s"
grep -E "WARN|ERROR" "$OUT/stderr" | head -n 20 || true
echo "(output in $OUT)"
