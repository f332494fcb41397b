#!/usr/bin/env bash
# Load the site with wrk while its seed files are rewritten, broken and restored underneath it.
# See tests/load/README.md. Exits 0 on PASS, 1 on FAIL, 2 on bad usage or a setup problem.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: reload-under-load.sh --seeds DIR [--duration S] [--port N] [--connections N]
               [--search PATH | --no-search] [--app PUBLISHED_DIR] [--warmup S]
Environment defaults: LOAD_SEEDS LOAD_DURATION LOAD_PORT LOAD_CONNECTIONS LOAD_SEARCH
                      LOAD_APP LOAD_WARMUP
EOF
}

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
SEEDS=${LOAD_SEEDS:-} DURATION=${LOAD_DURATION:-60} PORT=${LOAD_PORT:-5311}
CONNECTIONS=${LOAD_CONNECTIONS:-16} SEARCH=${LOAD_SEARCH-/search?q=minister} APP=${LOAD_APP:-}
# Memory climbs while the runtime tiers up code and the GC sizes its heaps; measure "before" once that has settled.
WARMUP=${LOAD_WARMUP:-30}
MAX_DURATION=600 RSS_LIMIT_PCT=10 IDLE_S=10

die() { echo "error: $*" >&2; exit 2; }
log() { echo "== $*" >&2; }

while (($#)); do
  case $1 in
    --seeds) SEEDS=${2:?}; shift 2 ;;
    --duration) DURATION=${2:?}; shift 2 ;;
    --port) PORT=${2:?}; shift 2 ;;
    --connections) CONNECTIONS=${2:?}; shift 2 ;;
    --search) SEARCH=${2:?}; shift 2 ;;
    --no-search) SEARCH=""; shift ;;
    --app) APP=${2:?}; shift 2 ;;
    --warmup) WARMUP=${2:?}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done
[[ -n $SEEDS && -d $SEEDS ]] || { usage >&2; die "--seeds must name an existing folder"; }
in_range() { [[ $1 =~ ^[0-9]{1,6}$ ]] && (($1 >= $2 && $1 <= $3)); }  # VALUE MIN MAX
in_range "$DURATION" 1 "$MAX_DURATION" || die "--duration must be 1..$MAX_DURATION s (got '$DURATION')"
in_range "$WARMUP" 1 "$MAX_DURATION" || die "--warmup must be 1..$MAX_DURATION s (got '$WARMUP')"
in_range "$PORT" 1 65535 || die "bad --port '$PORT'"
in_range "$CONNECTIONS" 1 10000 || die "bad --connections '$CONNECTIONS'"
[[ -z $SEARCH || $SEARCH == /* ]] || die "--search must be a path starting with / (got '$SEARCH')"
[[ -z $APP || -f $APP/NewsReader.Web.dll ]] || die "--app: no NewsReader.Web.dll in '$APP'"
for tool in dotnet wrk taskset curl; do command -v "$tool" >/dev/null || die "$tool is missing"; done
BASE="http://127.0.0.1:$PORT"   # loopback only, by construction

# Everything started here is stopped here: on normal exit, on failure (set -e) and on Ctrl-C.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/reload-under-load.XXXXXX")
SERVER_PID="" MUTATOR_PID="" WRK_PID=""
cleanup() {
  local pid
  for pid in "$WRK_PID" "$MUTATOR_PID"; do
    if [[ -n $pid ]]; then kill "$pid" 2>/dev/null || true; fi
  done
  if [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null; then
    for _ in {1..50}; do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

http_status() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE$1" || true; }
rss_mb() {
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$WORK/app.log" >&2; die "the app died"; }
  awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$SERVER_PID/status"
}

# Work on copies: the mutator edits SEEDS_COPY and restores it from BACKUP; SEEDS is never written.
prepare_seeds() {
  SEEDS_COPY=$WORK/seeds BACKUP=$WORK/backup
  mkdir "$SEEDS_COPY" && cp -a "$SEEDS/." "$SEEDS_COPY/"
  cp -a "$SEEDS_COPY" "$BACKUP"
  # Hidden files and folders (like .newsreader/) are not articles; the app skips them too.
  mapfile -t FILES < <(cd "$SEEDS_COPY" && find . -path '*/.*' -prune -o -type f -name '*.txt' -print | sort)
  ((${#FILES[@]} > 0)) || die "no .txt files in $SEEDS"
  log "copied ${#FILES[@]} articles from $SEEDS to $SEEDS_COPY"
}

start_server() {
  if [[ -z $APP ]]; then
    APP=$WORK/app
    log "publishing src/NewsReader.Web (Release) to $APP"
    # No build servers: nothing started here may outlive the script.
    dotnet publish "$REPO/src/NewsReader.Web" -c Release -o "$APP" --nologo -v q \
      -nodeReuse:false -p:UseSharedCompilation=false >"$WORK/publish.log" 2>&1 \
      || { tail -n 30 "$WORK/publish.log" >&2; die "dotnet publish failed"; }
  fi
  [[ $(http_status /) == 000 ]] || die "something already answers on $BASE; pick another --port"
  # One line per request in the log would make the console sink the thing under test.
  taskset -c 0 dotnet "$APP/NewsReader.Web.dll" --urls "$BASE" --Seeds:Path="$SEEDS_COPY" \
    --Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning \
    >"$WORK/app.log" 2>&1 &
  SERVER_PID=$!
  local probe=/readyz code
  for _ in {1..120}; do
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$WORK/app.log" >&2; die "the app exited during start-up"; }
    code=$(http_status "$probe")
    [[ $code == 404 && $probe == /readyz ]] && { probe=/; code=$(http_status /); }  # no /readyz yet
    [[ $code == 200 ]] && { log "app ready on $BASE (pid $SERVER_PID, probe $probe)"; return; }
    sleep 0.5
  done
  tail -n 30 "$WORK/app.log" >&2; die "the app did not answer 200 on $probe within 60 s"
}

# One mutation step: the working set of SET files goes through the cycle retitle, retitle back,
# truncate (broken), random bytes with NULs (broken), restore; then the next SET files follow.
# A file keeps each state for SET x 200 ms = 3.2 s, longer than the app's 2 s reload delay.
now_us() { echo "${EPOCHREALTIME//[!0-9]/}"; }
mutate_loop() {
  local n=${#FILES[@]} set=16 step=0 mutations=0 created="" tick wait_us deadline
  local -A touched=()
  ((set > n)) && set=$n
  tick=$(now_us) deadline=$((tick + DURATION * 1000000))
  while (($(now_us) < deadline)); do
    local round=$((step / set)) slot=$((step % set))
    local batch=$((round / 5))
    local rel=${FILES[$(((batch * set + slot) % n))]}
    local file=$SEEDS_COPY/$rel
    touched[$rel]=1
    case $((round % 5)) in
      0) sed -i '1s/\r\?$/ (updated)&/' "$file" ;;
      1) sed -i '1s/ (updated)\(\r\?\)$/\1/' "$file" ;;
      2) : >"$file" ;;
      3) { printf 'Broken\0\0\n'; head -c 512 /dev/urandom; printf '\0\0\0'; } >"$file" ;;
      4) cp "$BACKUP/$rel" "$file" ;;
    esac
    mutations=$((mutations + 1))
    if ((step % 10 == 9)); then   # a file appears, and disappears the next time round
      if [[ -n $created ]]; then rm -f "$created"; created=""
      else
        created=$SEEDS_COPY/zz-load-new-$step.txt
        printf 'Load test article %d\n\nA paragraph written by the load test.\n' "$step" >"$created"
      fi
      mutations=$((mutations + 1))
    fi
    step=$((step + 1))
    # Steps start on a 200 ms grid, whatever the step itself took (a late step is not made up).
    tick=$((tick + 200000)) wait_us=$((tick - $(now_us)))
    if ((wait_us > 0)); then sleep "0.$(printf '%06d' "$wait_us")"; else tick=$(now_us); fi
  done
  # Leave the folder exactly as it was copied.
  [[ -n $created ]] && rm -f "$created"
  for rel in "${!touched[@]}"; do cp "$BACKUP/$rel" "$SEEDS_COPY/$rel"; done
  echo "$mutations" >"$WORK/mutations"
}

# $1 = seconds; wrk's output goes to stdout. wrk runs in the background and this shell waits for
# it, so Ctrl-C/TERM reach the trap at once (never call this in a pipeline: that is a subshell).
run_wrk() {
  LOAD_ARTICLE_PATH=$ARTICLE LOAD_SEARCH_PATH=$SEARCH taskset -c 1 \
    wrk -t1 -c"$CONNECTIONS" -d"$1s" --latency -s "$HERE/rotate.lua" "$BASE" &
  WRK_PID=$!
  wait "$WRK_PID"
  WRK_PID=""
}

# p99 from wrk's --latency table ("     99%   12.34ms"), converted to milliseconds.
p99_ms() {
  awk '$1 == "99%" { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
         f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1
         printf "%.2f", v * f; found = 1 } END { if (!found) print "NA" }' "$1"
}

prepare_seeds
start_server
ARTICLE=$(curl -s --max-time 10 "$BASE/" | grep -o 'href="/articles/[^"]*"' | head -n 1 | cut -d'"' -f2 || true)
[[ -n $ARTICLE ]] || die "no article link on the front page"
log "rotation: / $ARTICLE /api/articles ${SEARCH:-(no search)}"

# Both RSS readings are taken after the same idle pause: right after a burst the runtime is still
# tiering up JIT code it had no CPU for under load, which shows as RSS growth once it is idle.
# The baseline is only fair once the GC heap has grown to its working size too; see README.md.
log "warm-up: $WARMUP s, then idle $IDLE_S s"
run_wrk "$WARMUP" >"$WORK/warmup.txt"
sleep "$IDLE_S"
RSS_BEFORE=$(rss_mb)

log "load: ${DURATION} s, $CONNECTIONS connections, mutating seed files every 200 ms"
mutate_loop &
MUTATOR_PID=$!
run_wrk "$DURATION" >"$WORK/wrk.txt"
cat "$WORK/wrk.txt"
wait "$MUTATOR_PID" || die "the mutation loop failed"
MUTATOR_PID=""
diff -rq -x '.*' "$BACKUP" "$SEEDS_COPY" >&2 || die "seed files were not restored"

log "idle: $IDLE_S s"
sleep "$IDLE_S"
RSS_AFTER=$(rss_mb)
log "app log: $(grep -c -E '\] (ERR|FTL) ' "$WORK/app.log" || true) errors, $(grep -c '\] WRN ' "$WORK/app.log" || true) warnings"

# Summary: counts from rotate.lua's done() line, p99 from wrk's latency table.
LOAD_LINE=$(grep '^LOAD ' "$WORK/wrk.txt" || die "wrk printed no LOAD line")
declare -A R=()
read -ra PAIRS <<<"${LOAD_LINE#LOAD }"
for kv in "${PAIRS[@]}"; do R[${kv%%=*}]=${kv#*=}; done
BAD=$((R[status_4xx] + R[status_5xx] + R[status_other]))
SOCKET_ERRORS=$((R[errors_connect] + R[errors_read] + R[errors_write] + R[errors_timeout]))
read -r DURATION_S RPS RSS_PCT < <(awk -v n="${R[requests]}" -v us="${R[duration_us]}" \
  -v b="$RSS_BEFORE" -v a="$RSS_AFTER" 'BEGIN { printf "%.2f %.1f %.1f\n", us / 1e6, n / (us / 1e6), (a - b) * 100 / b }')
RESULT=PASS
((BAD == 0 && SOCKET_ERRORS == 0 && R[requests] > 0)) || RESULT=FAIL
# wrk stops early, with a normal summary, on SIGINT: a cut-short run is not a pass.
((R[duration_us] >= DURATION * 900000)) || { log "wrk stopped early"; RESULT=FAIL; }
# Memory must come back to within the limit of where it was; ending lower is fine.
awk -v p="$RSS_PCT" -v l="$RSS_LIMIT_PCT" 'BEGIN { exit !(p > l) }' && RESULT=FAIL

cat <<EOF
requests=${R[requests]} duration_s=$DURATION_S rps=$RPS
non_2xx_3xx=$BAD
socket_errors=$SOCKET_ERRORS
p99_ms=$(p99_ms "$WORK/wrk.txt")
rss_before_mb=$RSS_BEFORE rss_after_mb=$RSS_AFTER rss_change_pct=$RSS_PCT
file_mutations=$(cat "$WORK/mutations")
RESULT: $RESULT
EOF
[[ $RESULT == PASS ]] || { tail -n 20 "$WORK/app.log" >&2; exit 1; }
