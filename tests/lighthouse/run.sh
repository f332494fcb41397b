#!/usr/bin/env bash
# Lighthouse 12 (pinned in package.json) on the front page and the seed's article, served by a
# Release build of the app from the repository's seeds folder. Prints the four category scores
# per page and fails when any is below MIN_SCORE (100 unless set).
#   bash tests/lighthouse/run.sh            (needs Node 18+, npm and Chromium: apt-get install -y chromium)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
port=${PORT:-5310}
min_score=${MIN_SCORE:-100}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
reports=${LIGHTHOUSE_REPORTS:-$root/artifacts/lighthouse}
pages=("/" "/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip")

[ -x "$CHROME_PATH" ] || { echo "Chromium not found at $CHROME_PATH: apt-get install -y chromium, or set CHROME_PATH" >&2; exit 2; }
[ -d "$here/node_modules/lighthouse" ] || (cd "$here" && npm ci --no-audit --no-fund --silent)
mkdir -p "$reports"

dotnet build -c Release -v quiet -nologo "$root/src/NewsReader.Web" >/dev/null
dotnet "$root/src/NewsReader.Web/bin/Release/net10.0/NewsReader.Web.dll" \
  --urls "http://localhost:$port" --Seeds:Path="$root/seeds" >"$reports/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://localhost:$port/readyz" >/dev/null && break
  sleep 0.2
done

failed=0
for path in "${pages[@]}"; do
  name=$(echo "$path" | tr -c 'a-z0-9\n' '-' | sed 's/^-*$/front/; s/^-//')
  "$here/node_modules/.bin/lighthouse" "http://localhost:$port$path" --quiet \
    --output=json --output=html --output-path="$reports/$name" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage"
  node -e '
    const report = require(process.argv[1]);
    const scores = Object.values(report.categories).map((c) => [c.title, Math.round(c.score * 100)]);
    console.log(process.argv[2].padEnd(64), scores.map(([t, s]) => `${t} ${s}`).join(" · "));
    for (const [title, score] of scores) if (score < Number(process.argv[3])) {
      const failing = Object.values(report.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative");
      console.log(`  ${title} below ${process.argv[3]}; audits not passed: ${failing.map((a) => a.id).join(", ")}`);
      process.exitCode = 1;
    }' "$reports/$name.report.json" "$path" "$min_score" || failed=1
done
exit $failed
