#!/usr/bin/env bash
# Throughput and latency of the app's pages next to a bare Kestrel server (NewsReader.Benchmarks
# serve) answering with the same bytes from memory, so the gap is what the app's own work costs.
#   bash tests/load/run.sh [SEEDS_DIR]          (default: the repository's seeds/)
# Environment: DURATION (15s) RUNS (3) CONNECTIONS (32) WARMUP (3s, 0 = none) PORT_APP (5320)
#              PORT_REF (5321) OUT (artifacts/load) APP_ARGS (extra arguments for the app)
# Prints a Markdown summary (also written to $OUT/summary.md); wrk's raw output is in $OUT/raw/.
# Exit 1 when a run saw non-2xx responses or socket errors, 2 on bad usage or a setup problem.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

die() { echo "error: $*" >&2; exit 2; }
log() { echo "== $*" >&2; }

(($# <= 1)) || die "usage: bash tests/load/run.sh [SEEDS_DIR]"
SEEDS=${1:-$REPO/seeds}
[[ -d $SEEDS ]] || die "no such folder: $SEEDS"
SEEDS=$(cd "$SEEDS" && pwd)
DURATION=${DURATION:-15s} RUNS=${RUNS:-3} CONNECTIONS=${CONNECTIONS:-32} WARMUP=${WARMUP:-3s}
PORT_APP=${PORT_APP:-5320} PORT_REF=${PORT_REF:-5321}
OUT=${OUT:-$REPO/artifacts/load}
read -ra APP_EXTRA <<<"${APP_ARGS:-}"
TARGET_BYTES=10240        # the article measured is the one whose page is closest to 10 KB
READY_TIMEOUT_S=600       # a 100,000-article folder takes minutes to load

# wrk durations: a number of seconds, optionally with s, m or h.
seconds() {
  [[ $1 =~ ^([0-9]+)([smh]?)$ ]] || return 1
  case ${BASH_REMATCH[2]} in m) echo $((BASH_REMATCH[1] * 60)) ;; h) echo $((BASH_REMATCH[1] * 3600)) ;; *) echo "${BASH_REMATCH[1]}" ;; esac
}
in_range() { [[ $1 =~ ^[0-9]{1,6}$ ]] && (($1 >= $2 && $1 <= $3)); }   # VALUE MIN MAX
DURATION_S=$(seconds "$DURATION") || die "DURATION must look like 15, 15s or 2m (got '$DURATION')"
in_range "$DURATION_S" 1 3600 || die "DURATION must be 1 s to 1 h (got '$DURATION')"
WARMUP_S=$(seconds "$WARMUP") || die "WARMUP must look like 0, 3 or 3s (got '$WARMUP')"
in_range "$RUNS" 1 99 || die "RUNS must be 1..99 (got '$RUNS')"
in_range "$CONNECTIONS" 1 10000 || die "CONNECTIONS must be 1..10000 (got '$CONNECTIONS')"
in_range "$PORT_APP" 1 65535 || die "bad PORT_APP '$PORT_APP'"
in_range "$PORT_REF" 1 65535 || die "bad PORT_REF '$PORT_REF'"
[[ $PORT_APP != "$PORT_REF" ]] || die "PORT_APP and PORT_REF must differ"

# wrk from the distribution, installed the way .ci/run installs packages.
if ! command -v wrk >/dev/null; then
  log "installing wrk"
  sudo=()
  ((EUID == 0)) || sudo=(sudo)
  ("${sudo[@]}" apt-get update -qq && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >/dev/null 2>&1 \
    || die "could not install wrk: apt-get install -y wrk"
fi
for tool in dotnet wrk taskset timeout curl python3; do command -v "$tool" >/dev/null || die "$tool is missing"; done
taskset -c 1 true 2>/dev/null || die "needs at least 2 CPUs: the servers run on CPU 0, wrk on CPU 1"

APP=http://127.0.0.1:$PORT_APP REF=http://127.0.0.1:$PORT_REF   # loopback only, by construction
PAGES=$OUT/pages RAW=$OUT/raw HEADERS=$OUT/headers
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd) PAGES=$OUT/pages RAW=$OUT/raw HEADERS=$OUT/headers
rm -rf "$PAGES" "$RAW" "$HEADERS"
mkdir -p "$PAGES" "$RAW" "$HEADERS"

# Everything started here is stopped here: on normal exit, on failure (set -e) and on Ctrl-C.
APP_PID="" REF_PID="" CHILD_PID=""
stop() {
  [[ -n $1 ]] || return 0
  if kill "$1" 2>/dev/null; then
    for _ in {1..50}; do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$1" 2>/dev/null || true
  fi
}
cleanup() {
  if [[ -n $CHILD_PID ]]; then kill "$CHILD_PID" 2>/dev/null || true; fi
  stop "$REF_PID"
  stop "$APP_PID"
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# Long steps run in the background while this shell waits: bash runs a trap only once a foreground
# child ends, and this way TERM or Ctrl-C stops the step (through cleanup) at once.
run_child() {   # OUTPUT_FILE COMMAND...; returns the command's status
  local output=$1 status=0
  shift
  "$@" >"$output" 2>&1 &
  CHILD_PID=$!
  wait "$CHILD_PID" || status=$?
  CHILD_PID=""
  return "$status"
}

# The exact commands, printed with the results: words that need it are single-quoted.
COMMANDS=()
quoted() {
  local word out=()
  for word in "$@"; do
    if [[ $word =~ ^[A-Za-z0-9_./:=@%+,-]+$ ]]; then out+=("$word"); else out+=("'${word//\'/\'\\\'\'}'"); fi
  done
  echo "${out[*]}"
}
record() { COMMANDS+=("$(quoted "$@")"); }
status() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1" || true; }
port_free() { [[ $(status "http://127.0.0.1:$1/") == 000 ]]; }

# --- build -------------------------------------------------------------------------------------
# No build servers: nothing started here may outlive the script or run during the measurement.
NO_SERVERS=(-nodeReuse:false -p:UseSharedCompilation=false)
PUBLISH=(dotnet publish "$REPO/src/NewsReader.Web" -c Release -o "$OUT/app" --nologo -v q "${NO_SERVERS[@]}")
BUILD=(dotnet build "$REPO/tests/NewsReader.Benchmarks" -c Release --nologo -v q "${NO_SERVERS[@]}")
log "publishing the app to $OUT/app"
run_child "$OUT/publish.log" "${PUBLISH[@]}" || { tail -n 30 "$OUT/publish.log" >&2; die "dotnet publish failed"; }
log "building the reference server"
run_child "$OUT/build.log" "${BUILD[@]}" || { tail -n 30 "$OUT/build.log" >&2; die "dotnet build failed"; }
record "${PUBLISH[@]}"
record "${BUILD[@]}"
REF_DLL=$REPO/tests/NewsReader.Benchmarks/bin/Release/net10.0/NewsReader.Benchmarks.dll

# --- the app -----------------------------------------------------------------------------------
port_free "$PORT_APP" || die "something already answers on $APP; set PORT_APP"
port_free "$PORT_REF" || die "something already answers on $REF; set PORT_REF"
# The published folder is the content root, so its appsettings.json is the configuration measured.
# No reloads while measuring: no file watching, and the periodic rescan (a full republish every 30 s
# by default, even of an unchanged folder) at its longest interval; APP_ARGS can set it back.
APP_CMD=(env ASPNETCORE_ENVIRONMENT=Production taskset -c 0 dotnet "$OUT/app/NewsReader.Web.dll"
  --urls "$APP" --contentRoot "$OUT/app" --Seeds:Path="$SEEDS" --Seeds:WatchForChanges=false
  --Seeds:RescanSeconds=86400 --Seeds:PermalinkHistoryPath="$OUT/history.tsv" --Seeds:CachePath="$OUT/cache" "${APP_EXTRA[@]}")
record "${APP_CMD[@]}"
"${APP_CMD[@]}" >"$OUT/app.log" 2>&1 &
APP_PID=$!
log "waiting up to $READY_TIMEOUT_S s for $APP/readyz (app log: $OUT/app.log)"
deadline=$((SECONDS + READY_TIMEOUT_S))
until [[ $(status "$APP/readyz") == 200 ]]; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$OUT/app.log" >&2; die "the app exited during start-up"; }
  ((SECONDS < deadline)) || { tail -n 30 "$OUT/app.log" >&2; die "the app was not ready within $READY_TIMEOUT_S s"; }
  sleep 0.5
done
READY=$(curl -s --max-time 10 "$APP/readyz")
log "app ready: $READY"

# --- the pages ---------------------------------------------------------------------------------
# HTML helpers: "links PREFIX MAX FILE" prints the first MAX distinct same-site links under PREFIX,
# in page order (the limit is here because head would break the pipe under pipefail); "word FILE"
# prints the longest word of the first <h1>, lower-cased and URL-encoded.
read -r -d '' HTML_PY <<'EOF' || true
import html.parser, re, sys, urllib.parse

class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.h1, self.in_h1 = [], None, False

    def handle_starttag(self, tag, attrs):
        if tag == "a" and dict(attrs).get("href"):
            self.links.append(dict(attrs)["href"])
        elif tag == "h1" and self.h1 is None:
            self.in_h1, self.h1 = True, ""

    def handle_endtag(self, tag):
        if tag == "h1":
            self.in_h1 = False

    def handle_data(self, data):
        if self.in_h1:
            self.h1 += data

mode, path = sys.argv[1], sys.argv[-1]
page = Page()
page.feed(open(path, encoding="utf-8", errors="replace").read())
if mode == "links":
    seen = set()
    for href in page.links:
        url = urllib.parse.urlsplit(href)
        if url.scheme or url.netloc or not url.path.startswith(sys.argv[2]) or url.path == sys.argv[2]:
            continue
        target = url.path + ("?" + url.query if url.query else "")
        if target not in seen and len(seen) < int(sys.argv[3]):
            seen.add(target)
            print(target)
elif mode == "word":
    words = re.findall(r"[^\W\d_]+", page.h1 or "")
    if words:
        print(urllib.parse.quote(max(words, key=len).lower()))
EOF
html() { python3 -c "$HTML_PY" "$@"; }

# fetch NAME PATH [curl options]: the app's response to $PAGES/NAME.html, its headers to
# $HEADERS/NAME.txt; prints "STATUS<TAB>BYTES<TAB>CONTENT_TYPE".
fetch() {
  local name=$1 path=$2
  shift 2
  curl -s --max-time 120 "$@" -o "$PAGES/$name.html" -D "$HEADERS/$name.txt" \
    -w '%{http_code}\t%{size_download}\t%{content_type}\n' "$APP$path" || printf '000\t0\t\n'
}

NAMES=()
declare -A PATH_OF=() BYTES_OF=() TYPE_OF=()
take() {   # NAME PATH: fetch it, require a 200, remember it for pages.tsv
  local code bytes type
  IFS=$'\t' read -r code bytes type < <(fetch "$1" "$2")
  [[ $code == 200 ]] || die "$APP$2 answered $code, not 200"
  NAMES+=("$1") PATH_OF[$1]=$2 BYTES_OF[$1]=$bytes TYPE_OF[$1]=${type:-application/octet-stream}
}

take front /
mapfile -t CANDIDATES < <(html links /articles/ 50 "$PAGES/front.html")
((${#CANDIDATES[@]} > 0)) || die "no /articles/ link on the front page"
log "sizing ${#CANDIDATES[@]} articles linked from the front page"
ARTICLE=$(for path in "${CANDIDATES[@]}"; do
  printf '%s\t%s\n' "$(curl -s --max-time 60 -o /dev/null -w '%{size_download}' "$APP$path")" "$path"
done | awk -F'\t' -v t="$TARGET_BYTES" '
  { d = $1 - t; if (d < 0) d = -d; if (best == "" || d < best) { best = d; path = $2 } }
  END { print path }')
take article "$ARTICLE"

curl -s --max-time 60 -o "$PAGES/topics-index.html" "$APP/topics" || true
TOPIC=$(html links /topics/ 1 "$PAGES/topics-index.html")
rm -f "$PAGES/topics-index.html"
if [[ -n $TOPIC ]]; then take topic "$TOPIC"; else log "no /topics/ link on /topics: no topic page"; fi

WORD=$(html word "$PAGES/article.html")
if [[ -n $WORD ]]; then take search "/search?q=$WORD"; else log "no word in the article's <h1>: no search page"; fi

# The article as the app sends it to a client that accepts br or gzip: size and headers.
declare -A ENCODED_BYTES=()
for enc in br gzip; do
  IFS=$'\t' read -r code bytes _ < <(fetch "article-$enc" "$ARTICLE" -H "Accept-Encoding: $enc")
  [[ $code == 200 ]] || die "$APP$ARTICLE with Accept-Encoding: $enc answered $code"
  ENCODED_BYTES[$enc]=$bytes
  mv "$PAGES/article-$enc.html" "$HEADERS/article-$enc.body"
done

for name in "${NAMES[@]}"; do
  printf '%s\t%s\t%s\n' "${PATH_OF[$name]}" "$name.html" "${TYPE_OF[$name]}"
done >"$PAGES/pages.tsv"

# --- the reference server ----------------------------------------------------------------------
REF_CMD=(taskset -c 0 dotnet "$REF_DLL" serve "$PAGES" "$PORT_REF")
record "${REF_CMD[@]}"
"${REF_CMD[@]}" >"$OUT/ref.log" 2>&1 &
REF_PID=$!
for _ in {1..120}; do
  [[ $(status "$REF${PATH_OF[front]}") == 200 ]] && break
  kill -0 "$REF_PID" 2>/dev/null || { cat "$OUT/ref.log" >&2; die "the reference server exited"; }
  sleep 0.5
done
for name in "${NAMES[@]}"; do   # the same bytes, or the comparison means nothing
  curl -s --max-time 10 "$REF${PATH_OF[$name]}" | cmp -s - "$PAGES/$name.html" \
    || die "the reference server does not return $name.html for ${PATH_OF[$name]}"
done
log "reference ready: $(head -n 1 "$OUT/ref.log")"

# --- load --------------------------------------------------------------------------------------
# Both servers stay up, one under load at a time; the idle one does next to nothing (the app's
# periodic rescan is off, see APP_CMD). It is not paused with SIGSTOP: were the script's parent to
# exit, the kernel would hang up (SIGHUP) the whole process group for holding a stopped process.

# wrk_run RAW_FILE DURATION URL [wrk options], bounded by timeout.
wrk_run() {
  local raw=$1 duration=$2 url=$3
  shift 3
  local cmd=(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$duration" --latency "$@" "$url")
  run_child "$raw" timeout --kill-after=5 "$(($(seconds "$duration") + 30))" "${cmd[@]}" \
    || { cat "$raw" >&2; die "wrk failed or timed out on $url"; }
  LAST_WRK=$(quoted "${cmd[@]}")
}

# Requests/sec, p50 and p99 in ms, non-2xx/3xx responses and socket errors from wrk's output.
parse() {
  awk '
    function ms(v,  u) { u = v; sub(/^[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
      return v * (u == "us" ? 0.001 : u == "ms" ? 1 : u == "s" ? 1000 : u == "m" ? 60000 : 0) }
    /^Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { bad = $NF }
    /Socket errors:/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
    END { printf "%s\t%.3f\t%.3f\t%d\t%d\n", rps == "" ? "NA" : rps, p50, p99, bad, errors }' "$1"
}

# Variants: LABEL SERVER [ACCEPT_ENCODING]. The article adds the app asked for br and for gzip.
variants() {
  echo "app app"
  echo "ref ref"
  if [[ $1 == article ]]; then
    echo "app-br app br"
    echo "app-gzip app gzip"
  fi
}
# measure_variant NAME PATH VARIANT RAW_FILE DURATION
measure_variant() {
  local label server encoding base opts=()
  read -r label server encoding <<<"$3"
  base=$APP
  [[ $server == ref ]] && base=$REF
  [[ -n $encoding ]] && opts=(-H "Accept-Encoding: $encoding")
  wrk_run "$4" "$5" "$base$2" "${opts[@]}"
}

RESULTS=$OUT/results.tsv
printf 'page\tvariant\trun\trps\tp50_ms\tp99_ms\tnon_2xx_3xx\tsocket_errors\n' >"$RESULTS"
for name in "${NAMES[@]}"; do
  path=${PATH_OF[$name]}
  mapfile -t VARIANTS < <(variants "$name")
  if ((WARMUP_S > 0)); then
    log "$name $path: warm-up $WARMUP each"
    for v in "${VARIANTS[@]}"; do
      measure_variant "$name" "$path" "$v" "$RAW/$name-${v%% *}-warmup.txt" "$WARMUP"
    done
  fi
  for ((run = 1; run <= RUNS; run++)); do
    for v in "${VARIANTS[@]}"; do
      label=${v%% *}
      measure_variant "$name" "$path" "$v" "$RAW/$name-$label-$run.txt" "$DURATION"
      ((run == 1)) && COMMANDS+=("$LAST_WRK")
      row=$(parse "$RAW/$name-$label-$run.txt")
      printf '%s\t%s\t%s\t%s\n' "$name" "$label" "$run" "$row" >>"$RESULTS"
      log "$name $label run $run/$RUNS: $(cut -f1 <<<"$row") req/s, p99 $(cut -f3 <<<"$row") ms"
    done
  done
done

# --- summary -----------------------------------------------------------------------------------
SIZES=$OUT/sizes.tsv
{
  for name in "${NAMES[@]}"; do
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "${PATH_OF[$name]}" "${BYTES_OF[$name]}" "${TYPE_OF[$name]}" "$HEADERS/$name.txt"
  done
  for enc in br gzip; do
    printf 'article %s\t%s\t%s\t%s\t%s\n' "$enc" "$ARTICLE" "${ENCODED_BYTES[$enc]}" "${TYPE_OF[article]}" "$HEADERS/article-$enc.txt"
  done
} >"$SIZES"
printf '%s\n' "${COMMANDS[@]}" >"$OUT/commands.txt"

read -r -d '' SUMMARY_PY <<'EOF' || true
import csv, math, statistics, sys

results, sizes, commands, settings = sys.argv[1:5]
rows = list(csv.DictReader(open(results), delimiter="\t"))
size_rows = list(csv.reader(open(sizes), delimiter="\t"))

def runs(page, variant):
    return [r for r in rows if r["page"] == page and r["variant"] == variant]

def median(page, variant, key):
    values = [float(r[key]) for r in runs(page, variant) if r[key] != "NA"]
    return statistics.median(values) if values else math.nan

def ratio(a, b):
    return a / b if b else math.nan

def headers(path):
    fields = {}
    for line in open(path, encoding="latin-1"):
        name, colon, value = line.partition(":")
        if colon:
            fields[name.strip().lower()] = value.strip()
    return fields

def describe(fields):
    if "content-length" in fields:
        framing = f"Content-Length {fields['content-length']}"
    else:
        framing = "chunked" if "chunked" in fields.get("transfer-encoding", "") else "no length"
    present = [f"{name}: {fields[name.lower()]}" if name.lower() in fields else f"no {name}"
               for name in ("Content-Encoding", "ETag", "Cache-Control")]
    return ", ".join([framing] + present)

sent = {row[0]: headers(row[4]) for row in size_rows}
compressed = [v for v in ("app-br", "app-gzip") if runs("article", v)]

print(settings)
print()
print("| page | app req/s (median) | ref req/s (median) | ratio of medians | app p50 ms | app p99 ms | ref p99 ms |")
print("|---|---:|---:|---:|---:|---:|---:|")
lines = [(p, p, "app") for p in dict.fromkeys(r["page"] for r in rows)]
lines += [(f"article {v[4:]}", "article", v) for v in compressed]
for title, page, variant in lines:
    app, ref = median(page, variant, "rps"), median(page, "ref", "rps")
    print(f"| {title} | {app:,.0f} | {ref:,.0f} | {ratio(app, ref):.2f} | {median(page, variant, 'p50_ms'):.2f}"
          f" | {median(page, variant, 'p99_ms'):.2f} | {median(page, 'ref', 'p99_ms'):.2f} |")
print()
print("Ratio = app / reference (1.00 = as fast as Kestrel serving the same bytes from memory); the article br and")
print("gzip rows divide by the plain reference. Medians over the runs; p50 and p99 are medians of each run's figure.")
if compressed:
    plain = median("article", "app", "rps")
    verdicts = []
    for variant in compressed:
        r = ratio(median("article", variant, "rps"), plain)
        encoding = sent["article " + variant[4:]].get("content-encoding")
        note = f"Content-Encoding: {encoding}" if encoding else "sent uncompressed"
        verdicts.append(f"{variant[4:]} {r:.2f}x ({'not slower' if r >= 1 else 'SLOWER'}; {note})")
    print("Compressed article vs plain, app req/s: " + ", ".join(verdicts) + ".")
bad = [r for r in rows if int(r["non_2xx_3xx"]) or int(r["socket_errors"])]
for r in bad:
    print(f"WARNING: {r['page']} {r['variant']} run {r['run']}: {r['non_2xx_3xx']} non-2xx/3xx responses,"
          f" {r['socket_errors']} socket errors")
print()
print("| page | path | body bytes | content type | the app's response |")
print("|---|---|---:|---|---|")
for name, path, size, kind, _ in size_rows:
    print(f"| {name} | `{path}` | {int(size):,} | {kind} | {describe(sent[name])} |")
print()
print("Commands:")
print()
print("```sh")
print(open(commands).read().rstrip())
print("```")
sys.exit(1 if bad else 0)
EOF

ARTICLES=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1]).get("articles", "?"))' "$READY" 2>/dev/null || echo "?")
SETTINGS="Load: $ARTICLES articles from $SEEDS; DURATION=$DURATION RUNS=$RUNS CONNECTIONS=$CONNECTIONS WARMUP=$WARMUP; \
servers on CPU 0, wrk on CPU 1; $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$REPO" diff --quiet HEAD -- 2>/dev/null || echo ' (uncommitted changes)'); $(date -u +%Y-%m-%dT%H:%MZ)"
set +e
python3 -c "$SUMMARY_PY" "$RESULTS" "$SIZES" "$OUT/commands.txt" "$SETTINGS" | tee "$OUT/summary.md"
summary_status=${PIPESTATUS[0]}
set -e
exit "$summary_status"
