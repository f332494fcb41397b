#!/usr/bin/env bash
# Hostile query strings against the published app, in one run (issue 15):
#   1. the front page with a random query string on every request, next to the plain front page:
#      the ratio of their medians must be at least MIN_RATIO (0.8);
#   2. SEARCHES (1,000,000) requests for distinct made-up words: the server's resident memory
#      (VmRSS from /proc/PID/status, after SETTLE seconds idle) may grow past its post-warm-up
#      baseline by at most the page cache's budget plus 10% of that budget;
#   3. no request fails: any non-2xx/3xx response or socket error is a FAIL.
#   bash tests/load/hostile-queries.sh [SEEDS_DIR]          (default: the repository's seeds/)
# Environment: DURATION (10s per front-page run) RUNS (3) CONNECTIONS (32) SEARCHES (1000000)
#   WARMUP_SEARCHES (50000) CACHE_MB (64: Site:PageCacheMegabytes) MIN_RATIO (0.8) SETTLE (10)
#   PORT (5330) OUT (artifacts/hostile) APP (a dotnet publish output to reuse instead of publishing)
# Exit 0 PASS, 1 FAIL, 2 bad usage or a setup problem.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

die() { echo "error: $*" >&2; exit 2; }
log() { echo "== $*" >&2; }

(($# <= 1)) || die "usage: bash tests/load/hostile-queries.sh [SEEDS_DIR]"
SEEDS=${1:-$REPO/seeds}
[[ -d $SEEDS ]] || die "no such folder: $SEEDS"
SEEDS=$(cd "$SEEDS" && pwd)
DURATION=${DURATION:-10s} RUNS=${RUNS:-3} CONNECTIONS=${CONNECTIONS:-32}
SEARCHES=${SEARCHES:-1000000} WARMUP_SEARCHES=${WARMUP_SEARCHES:-50000} CACHE_MB=${CACHE_MB:-64}
MIN_RATIO=${MIN_RATIO:-0.8} SETTLE=${SETTLE:-10} PORT=${PORT:-5330}
OUT=${OUT:-$REPO/artifacts/hostile}
for n in RUNS CONNECTIONS SEARCHES WARMUP_SEARCHES CACHE_MB SETTLE PORT; do
  [[ ${!n} =~ ^[0-9]{1,8}$ ]] || die "$n must be a whole number (got '${!n}')"
done
[[ $DURATION =~ ^[0-9]+[smh]?$ ]] || die "DURATION must look like 10 or 10s (got '$DURATION')"
for tool in dotnet wrk taskset timeout curl python3; do command -v "$tool" >/dev/null || die "$tool is missing (wrk: apt-get install -y wrk)"; done
taskset -c 1 true 2>/dev/null || die "needs at least 2 CPUs: the app runs on CPU 0, wrk on CPU 1"

BASE=http://127.0.0.1:$PORT   # loopback only, by construction
mkdir -p "$OUT/raw"
OUT=$(cd "$OUT" && pwd)
rm -f "$OUT"/raw/*

APP_PID="" CHILD_PID="" LINE=""
cleanup() {
  [[ -z $CHILD_PID ]] || kill "$CHILD_PID" 2>/dev/null || true
  if [[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null; then
    for _ in {1..50}; do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$APP_PID" 2>/dev/null || true
  fi
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

run_child() {   # OUTPUT_FILE COMMAND...: in the background, so a signal stops it through cleanup
  local output=$1 status=0
  shift
  "$@" >"$output" 2>&1 &
  CHILD_PID=$!
  wait "$CHILD_PID" || status=$?
  CHILD_PID=""
  return "$status"
}
status() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1" || true; }

# --- the app -----------------------------------------------------------------------------------
APP_DIR=${APP:-$OUT/app}
if [[ -z ${APP:-} ]]; then
  log "publishing the app to $APP_DIR"
  run_child "$OUT/publish.log" dotnet publish "$REPO/src/NewsReader.Web" -c Release -o "$APP_DIR" --nologo -v q \
    -nodeReuse:false -p:UseSharedCompilation=false || { tail -n 30 "$OUT/publish.log" >&2; die "dotnet publish failed"; }
fi
[[ -f $APP_DIR/NewsReader.Web.dll ]] || die "no NewsReader.Web.dll in $APP_DIR"
[[ $(status "$BASE/") == 000 ]] || die "something already answers on $BASE; set PORT"

# As run.sh runs it: Production, the published folder as content root, no reloads while measuring.
APP_CMD=(env ASPNETCORE_ENVIRONMENT=Production taskset -c 0 dotnet "$APP_DIR/NewsReader.Web.dll"
  --urls "$BASE" --contentRoot "$APP_DIR" --Seeds:Path="$SEEDS" --Seeds:WatchForChanges=false
  --Seeds:RescanSeconds=86400 --Seeds:PermalinkHistoryPath="$OUT/history.tsv" --Site:PageCacheMegabytes="$CACHE_MB")
"${APP_CMD[@]}" >"$OUT/app.log" 2>&1 &
APP_PID=$!
log "waiting for $BASE/readyz"
for ((i = 0; i < 1200; i++)); do
  [[ $(status "$BASE/readyz") == 200 ]] && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$OUT/app.log" >&2; die "the app exited during start-up"; }
  sleep 0.5
done
[[ $(status "$BASE/readyz") == 200 ]] || die "the app was not ready within 10 minutes"
# The process whose memory is read: dotnet itself (env and taskset exec into it, same pid).
rss_mb() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$APP_PID/status"; }

# hostile MODE LIMIT NAME: one wrk run on CPU 1; its HOSTILE line in LINE (and raw/NAME.txt). Not
# called in $(...), so the EXIT trap can stop the wrk it started.
hostile() {
  local mode=$1 limit=$2 name=$3 duration=$DURATION marker=$OUT/raw/$3.done status=0
  ((limit > 0)) && duration=3600s
  rm -f "$marker"
  env HOSTILE_MODE="$mode" HOSTILE_LIMIT="$limit" HOSTILE_SEED="$RANDOM" HOSTILE_DONE="$marker" \
    timeout --kill-after=5 3700 taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$duration" --latency -s "$HERE/hostile.lua" "$BASE" \
    >"$OUT/raw/$name.txt" 2>&1 &
  CHILD_PID=$!
  if ((limit > 0)); then
    # timeout passes the signal on to wrk, which then stops, prints its summary and runs done().
    while kill -0 "$CHILD_PID" 2>/dev/null && [[ ! -f $marker ]]; do sleep 0.2; done
    kill -INT "$CHILD_PID" 2>/dev/null || true
  fi
  wait "$CHILD_PID" || status=$?
  CHILD_PID=""
  LINE=$(grep '^HOSTILE ' "$OUT/raw/$name.txt") || { cat "$OUT/raw/$name.txt" >&2; die "wrk failed ($name, status $status)"; }
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
FAILURES=0
count_failures() {   # LINE: adds its failed responses and socket errors
  local bad=$(($(field status_4xx "$1") + $(field status_5xx "$1") + $(field status_other "$1") + $(field socket_errors "$1")))
  FAILURES=$((FAILURES + bad))
}

# --- 1. front page: plain next to random query strings -----------------------------------------
log "warm-up: front page, plain and with random query strings"
DURATION=3s hostile plain 0 warmup-plain; count_failures "$LINE"
DURATION=3s hostile front 0 warmup-front; count_failures "$LINE"
PLAIN=() FRONT=()
for ((run = 1; run <= RUNS; run++)); do
  hostile plain 0 "plain-$run"; line=$LINE; count_failures "$line"; PLAIN+=("$(field rps "$line")")
  log "plain / run $run: $(field rps "$line") req/s, p99 $(field p99_ms "$line") ms"
  hostile front 0 "front-$run"; line=$LINE; count_failures "$line"; FRONT+=("$(field rps "$line")")
  log "/?utm_source=<random> run $run: $(field rps "$line") req/s, p99 $(field p99_ms "$line") ms"
done

# --- 2. a million distinct search words --------------------------------------------------------
log "warm-up: $WARMUP_SEARCHES distinct searches"
hostile search "$WARMUP_SEARCHES" warmup-search; count_failures "$LINE"
sleep "$SETTLE"
RSS_BEFORE=$(rss_mb)
log "baseline VmRSS ${RSS_BEFORE} MB; now $SEARCHES distinct searches"
hostile search "$SEARCHES" searches; SEARCH_LINE=$LINE; count_failures "$SEARCH_LINE"
log "searches: $(field requests "$SEARCH_LINE") in $(($(field duration_us "$SEARCH_LINE") / 1000000)) s, $(field rps "$SEARCH_LINE") req/s"
RSS_PEAK=$(awk '/^VmHWM:/ { printf "%.1f", $2 / 1024 }' "/proc/$APP_PID/status")
sleep "$SETTLE"
RSS_AFTER=$(rss_mb)

# --- verdict -----------------------------------------------------------------------------------
python3 - "$OUT/summary.md" "$RSS_BEFORE" "$RSS_AFTER" "$RSS_PEAK" "$CACHE_MB" "$MIN_RATIO" "$FAILURES" \
  "$(field requests "$SEARCH_LINE")" "$SEARCHES" "$(field rps "$SEARCH_LINE")" "${PLAIN[*]}" "${FRONT[*]}" \
  "$(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)" "$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)" <<'EOF'
import statistics, sys
out, before, after, peak, cache_mb, min_ratio, failures, done, wanted, search_rps, plain, front, machine, commit = sys.argv[1:]
before, after, peak, cache_mb, min_ratio = map(float, (before, after, peak, cache_mb, min_ratio))
plain = [float(x) for x in plain.split()]
front = [float(x) for x in front.split()]
ratio = statistics.median(front) / statistics.median(plain)
growth, limit = after - before, cache_mb * 1.10
checks = [
    (ratio >= min_ratio, f"front page with random query strings: {statistics.median(front):,.0f} req/s vs plain {statistics.median(plain):,.0f} (medians of {len(plain)}), ratio {ratio:.2f} (need >= {min_ratio})"),
    (growth <= limit, f"memory: VmRSS {before:.1f} MB after warm-up, {after:.1f} MB after {int(done):,} distinct searches (peak {peak:.1f}), growth {growth:+.1f} MB (limit: cache budget {cache_mb:.0f} MB + 10% = {limit:.1f} MB)"),
    (int(done) >= int(wanted), f"searches: {int(done):,} of {int(wanted):,} at {float(search_rps):,.0f} req/s"),
    (int(failures) == 0, f"failed requests (non-2xx/3xx or socket errors): {failures}"),
]
lines = [f"{'PASS' if ok else 'FAIL'}  {text}" for ok, text in checks]
lines.append(f"({machine}; app on CPU 0, wrk on CPU 1; commit {commit})")
lines.append("RESULT: " + ("PASS" if all(ok for ok, _ in checks) else "FAIL"))
open(out, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
sys.exit(0 if all(ok for ok, _ in checks) else 1)
EOF
