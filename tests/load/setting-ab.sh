#!/usr/bin/env bash
# A runtime setting's cost to serving, measured on one published app: the app is started ROUNDS
# times with the environment variable VAR at A, then at B, in turns (so the machine's drift falls on
# both alike), and each page's requests a second are printed for each start. For a setting that helps
# start-up but may slow serving (DOTNET_TieredPGO=0 was measured so: see src/AppRuntime.props).
#   bash tests/load/setting-ab.sh VAR A B      e.g. bash tests/load/setting-ab.sh DOTNET_TieredPGO 1 0
# Environment: ROUNDS (3) DURATION (8s per page, after a 3 s warm-up) PORT (5330)
#              WORK (a scratch folder) APP (a published app to reuse instead of publishing)
# The app runs on CPU 0 and wrk on CPU 1, on the repository's seeds, as in run.sh.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
(($# == 3)) || { echo "usage: bash tests/load/setting-ab.sh VAR A B" >&2; exit 2; }
VAR=$1 A=$2 B=$3
ROUNDS=${ROUNDS:-3} DURATION=${DURATION:-8s} PORT=${PORT:-5330} COUNT=0
WORK=${WORK:-$(mktemp -d /tmp/newsreader-setting-ab.XXXXXX)}
APP=${APP:-$WORK/app}
NAME=setting-ab
# shellcheck source=tests/load/published-app.sh
source "$HERE/published-app.sh"
for tool in wrk taskset curl; do command -v "$tool" >/dev/null || die "$tool is missing"; done
publish_app

URL=http://127.0.0.1:$PORT
start_app() {
  rm -rf "$WORK/state"
  env "$VAR=$1" ASPNETCORE_ENVIRONMENT=Production taskset -c 0 dotnet "$APP/NewsReader.Web.dll" \
    --urls "$URL" --contentRoot "$APP" --Seeds:Path="$REPO/seeds" --Seeds:WatchForChanges=false \
    --Seeds:RescanSeconds=86400 --Seeds:PermalinkHistoryPath="$WORK/state/history.tsv" \
    --Seeds:CachePath="$WORK/state/cache" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$URL/readyz") == 200 ]] && return
    sleep 0.5
  done
  die "the app was not ready within a minute (see $WORK/app.log)"
}

# The pages run.sh measures: the front page, its first article, that article's first topic, a search.
start_app "$A"
article=$(curl -s "$URL/" | grep -o 'href="/articles/[^"]*"' | head -1 | cut -d'"' -f2)
topic=$(curl -s "$URL$article" | grep -o 'href="/topics/[^"]*"' | head -1 | cut -d'"' -f2)
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
PAGES=(/ "$article" "$topic" "/search?q=$(basename "$article" | cut -d- -f1)")

echo "| round | $VAR |$(printf ' %s |' "${PAGES[@]}")"
echo "|---|---|$(printf -- '---:|%.0s' "${PAGES[@]}")"
for round in $(seq 1 "$ROUNDS"); do
  for value in "$A" "$B"; do
    start_app "$value"
    row="| $round | $value |"
    for page in "${PAGES[@]}"; do
      taskset -c 1 wrk -t1 -c32 -d3s "$URL$page" >/dev/null
      row="$row $(taskset -c 1 wrk -t1 -c32 -d"$DURATION" "$URL$page" | awk '/Requests\/sec/ { printf "%d", $2 }') |"
    done
    echo "$row"
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    APP_PID=
  done
done
