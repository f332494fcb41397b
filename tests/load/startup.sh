#!/usr/bin/env bash
# Start-up with the snapshot store, next to the read-and-split floor, in one run. Each step runs in
# a process of its own (NewsReader.Benchmarks), so the peak memory each prints is its own:
#   floor     read every file in parallel and split it into blocks: what any reader must do (run
#             twice; the faster counts)
#   cold      no store: parse every file, publish, then write the store
#   restart   nothing changed since: the store is read and nothing is parsed
#   changed   CHANGED files (100) rewritten since: only those are parsed
#   bash tests/load/startup.sh [DIR]     (default: a 100,000-article corpus generated in /tmp)
# Environment: COUNT (100000, for the generated corpus) CHANGED (100) WORK (a scratch folder)
# Prints a Markdown table; the figures the tracker's issue 20 asks for are the ratios in it.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
COUNT=${COUNT:-100000} CHANGED=${CHANGED:-100}
WORK=${WORK:-$(mktemp -d /tmp/newsreader-startup.XXXXXX)}
trap 'rm -rf "$WORK"' EXIT

log() { echo "== $*" >&2; }

# Published, as the app is deployed: compiled ahead of time (ReadyToRun, see src/AppRuntime.props),
# so that each start compiles only what the app's would.
log "publishing the benchmarks (Release, ReadyToRun)"
dotnet publish -c Release "$REPO/tests/NewsReader.Benchmarks" -o "$WORK/bench" -v q -nologo >/dev/null
bench() { dotnet "$WORK/bench/NewsReader.Benchmarks.dll" "$@"; }

SOURCE=${1:-/tmp/newsreader-corpus-$COUNT}
if [[ ! -d $SOURCE ]]; then
  log "writing a $COUNT-article corpus to $SOURCE"
  bench corpus "$COUNT" "$SOURCE"
fi

# The runs change files and write a store: they work on a copy made of hard links (instant), and a
# changed file is written anew (a new inode), so the source corpus is never touched.
SEEDS=$WORK/seeds CACHE=$WORK/cache
cp -al "$SOURCE" "$SEEDS"
corpus_mb=$(du -sm --apparent-size "$SEEDS" | cut -f1)

field() { grep -oE "(^| )$1=[^ ]+" <<<"$2" | head -1 | cut -d= -f2; }

# Twice, and the faster counts: the first may pay for reading the corpus from disk, which no start
# below pays (they read the store, or files the floor has just read).
log "floor (twice)"
floor=$(bench floor "$SEEDS" | tail -1)
again=$(bench floor "$SEEDS" | tail -1)
if (( $(field ms "$again") < $(field ms "$floor") )); then floor=$again; fi
floor_ms=$(field ms "$floor")

log "cold start (no store)"
cold=$(bench restart "$SEEDS" "$CACHE" | tail -1)
log "restart, nothing changed"
restart=$(bench restart "$SEEDS" "$CACHE" | tail -1)

log "rewriting $CHANGED files"
mapfile -t files < <(find "$SEEDS" -type f -name '*.txt' | sort)
for file in "${files[@]:0:$CHANGED}"; do
  { cat "$file"; printf '\n\nUpdated since the last start.\n'; } >"$file.new"
  mv "$file.new" "$file"
done
log "restart, $CHANGED files changed"
changed=$(bench restart "$SEEDS" "$CACHE" | tail -1)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
row() {
  local name=$1 line=$2
  local ready peak rss settled parsed
  ready=$(field ready_ms "$line") peak=$(field peak_mb "$line") rss=$(field rss_at_ready_mb "$line") parsed=$(field parsed "$line")
  settled=$(field settled_rss_mb "$line")
  echo "| $name | $parsed | $ready | $(ratio "$ready" "$floor_ms")× | $rss | $settled | $(ratio "$settled" "$corpus_mb")× | $peak | $(ratio "$peak" "$corpus_mb")× |"
}

echo
echo "Corpus: $(field files "$floor") files, $corpus_mb MB. Floor: $floor_ms ms, peak $(field peak_mb "$floor") MB."
echo
echo "| start | files parsed | ready ms | × floor | resident at ready MB | resident settled MB | settled × corpus | peak MB | peak × corpus |"
echo "|---|---|---|---|---|---|---|---|---|"
row cold "$cold"
row "restart, nothing changed" "$restart"
row "restart, $CHANGED changed" "$changed"
echo
echo "raw:"
printf '  %s\n' "$floor" "$cold" "$restart" "$changed"
