#!/usr/bin/env bash
# The app's own start, timed from launch to the first /readyz 200, on a large folder: what an
# operator waits for after a deploy or a restart (tests/load/startup.sh times the same steps inside
# one benchmark process, without the web host). Three starts in a row, each RUNS times:
#   cold      no snapshot store: every file parsed, then the store and the index saved
#   restart   nothing changed since: the store is read and nothing is parsed
#   changed   CHANGED files (100) rewritten since the last start
#   bash tests/load/app-start.sh [DIR]     (default: a 100,000-article corpus generated in /tmp)
# Environment: COUNT (100000, for the generated corpus) CHANGED (100) RUNS (2) PORT (5340)
#              WORK (a scratch folder) APP (a published app to reuse instead of publishing)
# Prints a Markdown table: ready ms and resident MB at ready and once the first load has settled
# (after the app's one collection), with each start's own log figures.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
COUNT=${COUNT:-100000} CHANGED=${CHANGED:-100} RUNS=${RUNS:-2} PORT=${PORT:-5340}
WORK=${WORK:-$(mktemp -d /tmp/newsreader-app-start.XXXXXX)}
APP=${APP:-$WORK/app}
NAME=app-start
# shellcheck source=tests/load/published-app.sh
source "$HERE/published-app.sh"
publish_app
copy_corpus "${1:-}"
corpus_mb=$(du -sm --apparent-size "$SEEDS" | cut -f1)

resident_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
millis() { date +%s%3N; }

# One start: launch, poll /readyz, then wait for the first load to settle (the log says when the
# app gave the load's working memory back, after saving the store if it had to). Prints a row.
start() {
  local name=$1 logfile=$WORK/$1.log launched ready_ms rss settled
  launched=$(millis)
  ASPNETCORE_ENVIRONMENT=Production dotnet "$APP/NewsReader.Web.dll" --urls "http://127.0.0.1:$PORT" \
    --Seeds:Path="$SEEDS" --Seeds:WatchForChanges=false --Seeds:RescanSeconds=86400 \
    --Seeds:MaxFiles=1000000 --Seeds:MaxTotalBytes=100000000000 >"$logfile" 2>&1 &
  APP_PID=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/readyz") == 200 ]]; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 20 "$logfile" >&2; die "the app stopped during the $name start"; }
    sleep 0.05
  done
  ready_ms=$(($(millis) - launched))
  rss=$(resident_mb "$APP_PID")
  for _ in $(seq 1 600); do
    grep -q "Gave the first load's working memory back" "$logfile" && break
    sleep 0.1
  done
  settled=$(resident_mb "$APP_PID")
  kill "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
  # The store just written is still being flushed to disk: the next start would share the machine with that.
  sync
  local read published
  read=$(grep -oE "Read the snapshot store of [0-9]+ files from .* in [0-9]+ ms" "$logfile" | grep -oE "[0-9]+ ms$" || echo "-")
  published=$(grep -oE "Published [0-9]+ articles in [0-9]+ ms" "$logfile" | grep -oE "[0-9]+ ms$" || echo "-")
  echo "| $name | $ready_ms | $rss | $settled | $(awk -v a="$settled" -v b="$corpus_mb" 'BEGIN { printf "%.2f", a / b }')× | $read | $published |"
}

echo
echo "Corpus: $(find "$SEEDS" -type f -not -path '*/.newsreader/*' | wc -l) files, $corpus_mb MB. App: $APP ($(nproc) cores)."
echo
echo "| start | ready ms (launch to /readyz 200) | resident at ready MB | resident settled MB | settled × corpus | store read (log) | published in (log) |"
echo "|---|---|---|---|---|---|---|"
for run in $(seq 1 "$RUNS"); do
  rm -rf "$SEEDS/.newsreader"
  log "run $run: cold start"
  start cold
  log "run $run: restart, nothing changed"
  start "restart, nothing changed"
  log "run $run: rewriting $CHANGED files"
  mapfile -t files < <(find "$SEEDS" -type f -name '*.txt' -not -path '*/.newsreader/*' | sort | head -n "$CHANGED")
  for file in "${files[@]}"; do
    { cat "$file"; printf '\n\nUpdated since the last start (run %s).\n' "$run"; } >"$file.new"
    mv "$file.new" "$file"
  done
  log "run $run: restart, $CHANGED changed"
  start "restart, $CHANGED changed"
done
