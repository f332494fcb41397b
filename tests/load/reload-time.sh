#!/usr/bin/env bash
# How long the running app takes to publish again after an editor saves one file, on a large
# folder: the published app starts from its snapshot store, then one article is edited EDITS times
# (a few seconds apart, so each is its own reload) and each reload's own log line is printed: the
# whole publish and the search index's share of it, and how many articles' terms were taken from
# the last index.
#   bash tests/load/reload-time.sh [DIR]     (default: a 100,000-article corpus generated in /tmp)
# Environment: COUNT (100000, for the generated corpus) EDITS (3) PORT (5343)
#              WORK (a scratch folder) APP (a published app to reuse instead of publishing)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
COUNT=${COUNT:-100000} EDITS=${EDITS:-3} PORT=${PORT:-5343}
WORK=${WORK:-$(mktemp -d /tmp/newsreader-reload-time.XXXXXX)}
APP=${APP:-$WORK/app}
NAME=reload-time
# shellcheck source=tests/load/published-app.sh
source "$HERE/published-app.sh"
publish_app
copy_corpus "${1:-}"

# Starts the app and waits until its first load has settled: the store saved, the index mapped.
start() {
  ASPNETCORE_ENVIRONMENT=Production dotnet "$APP/NewsReader.Web.dll" --urls "http://127.0.0.1:$PORT" \
    --Seeds:Path="$SEEDS" --Seeds:MaxFiles=1000000 --Seeds:MaxTotalBytes=100000000000 >"$WORK/$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    grep -q "Gave the first load's working memory back" "$WORK/$1.log" 2>/dev/null && return
    kill -0 "$APP_PID" 2>/dev/null || die "the app stopped: $(tail -n 5 "$WORK/$1.log")"
    sleep 0.5
  done
  die "the first load did not settle in 10 minutes"
}

stop() { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }

log "first start (writes the snapshot store)"
start first
stop
log "restart, then $EDITS edits of one article"
start edits
file=$(find "$SEEDS" -type f -name '*.txt' | sort | sed -n 500p)
for i in $(seq 1 "$EDITS"); do
  { cat "$file"; printf '\n\nEdited %s.\n' "$i"; } >"$file.new"
  mv "$file.new" "$file"
  sleep 6
done
stop

# The restart's own publish first, then one line per reload.
grep -oE "Published [0-9]+ articles in [0-9]+ ms .*" "$WORK/edits.log" | sed 's/(permalinks, duplicates, topics, and the search index in/(search index/'
