#!/usr/bin/env bash
# Publishes the app, starts it from an unrelated working directory (as systemd or a container
# does) and checks that its stylesheet and scripts are served whole, with the security headers,
# and that its appsettings.json is in effect. Exits 0 on PASS, 1 on FAIL, 2 on a setup problem.
# usage: tests/publish/from-other-folder.sh [--port N] [--app PUBLISHED_DIR]
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
PORT=5391 APP=""
while (($#)); do
  case $1 in
    --port) PORT=${2:?}; shift 2 ;;
    --app) APP=${2:?}; shift 2 ;;
    *) echo "usage: $0 [--port N] [--app PUBLISHED_DIR]" >&2; exit 2 ;;
  esac
done

WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

if [[ -z $APP ]]; then
  APP=$WORK/app
  dotnet publish "$REPO/src/NewsReader.Web" -c Release -o "$APP" -v q >&2 || { echo "publish failed" >&2; exit 2; }
fi
[[ -f $APP/NewsReader.Web.dll ]] || { echo "no NewsReader.Web.dll in $APP" >&2; exit 2; }

mkdir -p "$WORK/elsewhere"
BASE=http://127.0.0.1:$PORT
(cd "$WORK/elsewhere" && exec dotnet "$APP/NewsReader.Web.dll" --urls "$BASE" --Seeds:Path="$REPO/seeds") >"$WORK/log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 60); do
  curl -sf -o /dev/null "$BASE/readyz" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/log" >&2; fail "the app stopped"; }
  sleep 1
done

HOME_PAGE=$(curl -sf "$BASE/") || fail "the front page did not answer"
ASSETS=$(grep -oE '(href|src)="/(css|js)/[^"]+\.(css|js)"' <<<"$HOME_PAGE" | sed -E 's/^[a-z]+="//; s/"$//' | sort -u)
[[ -n $ASSETS ]] || fail "the front page names no stylesheet or script"
for asset in $ASSETS; do
  headers=$(curl -s -o "$WORK/body" -D - "$BASE$asset")
  size=$(stat -c %s "$WORK/body")
  # The fingerprinted name maps to wwwroot/<folder>/<name>.<ext> in the published app.
  original=$APP/wwwroot/$(sed -E 's#^/##; s#\.[a-z0-9]+\.(css|js)$#.\1#' <<<"$asset")
  grep -q '^HTTP/1.1 200' <<<"$headers" || fail "$asset: $(head -1 <<<"$headers")"
  [[ $size -gt 0 && $size -eq $(stat -c %s "$original") ]] || fail "$asset: $size bytes, $original has $(stat -c %s "$original")"
  grep -qi '^Content-Security-Policy:' <<<"$headers" || fail "$asset: no Content-Security-Policy header"
  grep -qi '^X-Content-Type-Options: nosniff' <<<"$headers" || fail "$asset: no X-Content-Type-Options header"
  echo "ok $asset $size bytes"
done

# appsettings.json's log template names each line's source; the built-in fallback does not.
grep -q 'Microsoft.Hosting.Lifetime: Content root path: '"$APP" "$WORK/log" \
  || { cat "$WORK/log" >&2; fail "appsettings.json not in effect, or the content root is not $APP"; }
echo "PASS: started from $WORK/elsewhere, content root $APP"
