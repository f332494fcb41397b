#!/usr/bin/env bash
# Three NewsReader replicas behind nginx on loopback, sharing one seeds folder, and the checks a
# deployment of several instances relies on:
#   1. every replica sends the same ETag for the same URL (pages, an article, a feed, an image);
#   2. a file added to the seeds folder shows through every replica within 3 s;
#   3. one replica killed (kill -9) during a 20 s load through nginx: no failed request;
#   4. an object put into the bucket (Seeds:Source=s3, s3rver on loopback) is published within
#      Seeds:PollSeconds + 3 s by a replica that mirrors it.
# Prints one PASS/FAIL line per check with what it measured; exits 0 when all pass, 1 when one
# fails, 2 on a setup problem. Every process it starts is stopped on exit.
# usage: deploy/replicas.sh [--app PUBLISHED_DIR] [--seeds FOLDER] [--port NGINX_PORT] [--keep]
#   --app    a published app (dotnet publish src/NewsReader.Web -c Release -o DIR); default: publish now
#   --seeds  the articles to copy into the shared folder; default: the repository's seeds/
#   --port   nginx's port (replicas, s3rver: free loopback ports); default: a free one
#   --keep   keep the work folder (logs, nginx's access log) and print where it is
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
APP="" SEEDS_FROM=$REPO/seeds NGINX_PORT="" KEEP=0
POLL_SECONDS=2 LOAD_SECONDS=20 KILL_AFTER=5
while (($#)); do
  case $1 in
    --app) APP=$(cd "${2:?}" && pwd); shift 2 ;;
    --seeds) SEEDS_FROM=$(cd "${2:?}" && pwd); shift 2 ;;
    --port) NGINX_PORT=${2:?}; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) sed -n '2,16p' "$0" >&2; exit 2 ;;
  esac
done

need() { command -v "$1" >/dev/null || { echo "setup: '$1' is missing: $2" >&2; exit 2; }; }
need nginx "apt-get install -y nginx"
need wrk "apt-get install -y wrk"
need curl "apt-get install -y curl"
need python3 "apt-get install -y python3"
need dotnet "install the .NET SDK named in global.json"

WORK=$(mktemp -d)
declare -A PIDS=()
cleanup() {
  local name
  for name in "${!PIDS[@]}"; do kill "${PIDS[$name]}" 2>/dev/null || true; done
  for name in "${!PIDS[@]}"; do wait "${PIDS[$name]}" 2>/dev/null || true; done
  if ((KEEP)); then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { echo $(($(date +%s%N) / 1000000)); }
FAILED=0
result() { # result PASS|FAIL "check" "figure"
  printf '%s  %-44s %s\n' "$1" "$2" "$3"
  [[ $1 == PASS ]] || FAILED=1
}
show_log() { echo "--- last lines of $1" >&2; tail -n 15 "$1" >&2 || true; }

# Distinct free loopback ports, all held at once while they are chosen.
read -r -a PORTS <<<"$(python3 -c '
import socket
held = [socket.socket() for _ in range(6)]
for s in held: s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in held))')"
NGINX_PORT=${NGINX_PORT:-${PORTS[0]}}
REPLICA_PORTS=("${PORTS[1]}" "${PORTS[2]}" "${PORTS[3]}")
S3_REPLICA_PORT=${PORTS[4]} S3_PORT=${PORTS[5]}
PUBLIC=http://127.0.0.1:$NGINX_PORT

if [[ -z $APP ]]; then
  APP=$WORK/app
  echo "== publishing the app"
  dotnet publish "$REPO/src/NewsReader.Web" -c Release -o "$APP" -v q >"$WORK/publish.log" 2>&1 \
    || { show_log "$WORK/publish.log"; echo "setup: publish failed" >&2; exit 2; }
fi
[[ -f $APP/NewsReader.Web.dll ]] || { echo "setup: no NewsReader.Web.dll in $APP" >&2; exit 2; }

# The shared folder starts without the app's own state (.newsreader/): the replicas make it together.
SEEDS=$WORK/seeds
mkdir -p "$SEEDS"
cp -a "$SEEDS_FROM/." "$SEEDS/"
rm -rf "$SEEDS/.newsreader"

# start_replica NAME PORT [VAR=VALUE...]: the published app from an unrelated folder, its own log.
# Site:BaseUrl is the proxy's address: every replica then writes the same absolute links.
start_replica() {
  local name=$1 port=$2
  shift 2
  (cd "$WORK" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" Seeds__Path="$SEEDS" Site__BaseUrl="$PUBLIC" "$@" \
    dotnet "$APP/NewsReader.Web.dll") >"$WORK/$name.log" 2>&1 &
  PIDS[$name]=$!
}

wait_ready() { # wait_ready NAME PORT: until /readyz answers 200, at most 90 s
  local name=$1 port=$2
  for _ in $(seq 450); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/readyz" && return 0
    kill -0 "${PIDS[$name]}" 2>/dev/null || { show_log "$WORK/$name.log"; echo "setup: $name stopped" >&2; exit 2; }
    sleep 0.2
  done
  show_log "$WORK/$name.log"; echo "setup: $name not ready after 90 s" >&2; exit 2
}

echo "== starting 3 replicas on ports ${REPLICA_PORTS[*]}"
started=$(now_ms)
for i in 0 1 2; do start_replica "replica$((i + 1))" "${REPLICA_PORTS[$i]}"; done
for i in 0 1 2; do wait_ready "replica$((i + 1))" "${REPLICA_PORTS[$i]}"; done
echo "   all ready after $(($(now_ms) - started)) ms"

echo "== starting nginx on port $NGINX_PORT"
NGX=$WORK/nginx
mkdir -p "$NGX/temp" "$NGX/cache"
servers=""
for port in "${REPLICA_PORTS[@]}"; do
  servers+="server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n        '
done
conf=$(<"$HERE/nginx.conf.template")
conf=${conf//@PREFIX@/$NGX}
conf=${conf//@LISTEN@/127.0.0.1:$NGINX_PORT}
conf=${conf//@SERVER_NAME@/localhost 127.0.0.1}
conf=${conf//@SERVERS@/$servers}
printf '%s\n' "$conf" >"$NGX/nginx.conf"
if ((EUID == 0)); then
  # Started as root, nginx's workers run as "nobody": they need to reach the cache and temp folders.
  chmod 711 "$WORK" && chmod 755 "$NGX" && chown -R nobody "$NGX/temp" "$NGX/cache"
fi
nginx -t -q -p "$NGX" -c "$NGX/nginx.conf" || { echo "setup: nginx rejected the rendered configuration" >&2; exit 2; }
nginx -p "$NGX" -c "$NGX/nginx.conf" 2>>"$NGX/error.log" &
PIDS[nginx]=$!
for _ in $(seq 50); do curl -sf -o /dev/null "$PUBLIC/healthz" && break; sleep 0.1; done
curl -sf -o /dev/null "$PUBLIC/healthz" || { show_log "$NGX/error.log"; echo "setup: nginx does not answer" >&2; exit 2; }

# What to ask for: the front page, the newest article, a feed, the sitemap and the article's share card.
ARTICLE=$(curl -sf "$PUBLIC/api/articles?pageSize=1" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.urlsplit(json.load(sys.stdin)["items"][0]["url"]).path)') \
  || { echo "setup: no article listed at $PUBLIC/api/articles" >&2; exit 2; }
CARD=$(curl -sf "$PUBLIC$ARTICLE" | grep -oE 'property="og:image" content="[^"]+"' | head -1 | sed -E 's/.*content="([^"]+)"/\1/; s#^https?://[^/]+##') || CARD=""
URLS=(/ "$ARTICLE" /feed.atom /sitemap.xml)
[[ -n $CARD ]] && URLS+=("$CARD")

echo "== checks"
# 0. The proxy cache: a second request is a hit, and a parameter the page does not read is too.
curl -s -o /dev/null "$PUBLIC$ARTICLE"
first=$(curl -s -o /dev/null -D - "$PUBLIC$ARTICLE" | tr -d '\r' | sed -n 's/^X-Cache-Status: //ip')
tagged=$(curl -s -o /dev/null -D - "$PUBLIC$ARTICLE?utm_source=check&x=$RANDOM" | tr -d '\r' | sed -n 's/^X-Cache-Status: //ip')
[[ $first == HIT && $tagged == HIT ]] && r=PASS || r=FAIL
result "$r" "0. proxy cache ignores unknown parameters" "again: $first, with ?utm_source: $tagged"

# 1. The same ETag from every replica, asked directly, for each URL and coding.
mismatch="" compared=0
for url in "${URLS[@]}"; do
  for coding in br identity; do
    tags=""
    for port in "${REPLICA_PORTS[@]}"; do
      tag=$(curl -s -o /dev/null -D - -H "Accept-Encoding: $coding" "http://127.0.0.1:$port$url" | tr -d '\r' | sed -n 's/^etag: //ip')
      tags+="${tag:-none} "
    done
    read -r -a seen <<<"$tags"
    if [[ ${seen[0]} == none || ${seen[0]} != "${seen[1]}" || ${seen[0]} != "${seen[2]}" ]]; then mismatch+=" $url($coding): $tags;"; fi
    compared=$((compared + 1))
  done
done
[[ -z $mismatch ]] && result PASS "1. same ETag from every replica" "$compared URL/coding pairs x 3 replicas (${URLS[*]})" \
  || result FAIL "1. same ETag from every replica" "differs:$mismatch"

# 2. A file added to the shared folder, searched for on every replica at once (polled every 50 ms).
WORD=replicacheck$RANDOM$RANDOM
TITLE="Replica check $WORD"
printf '%s\n\nA file added while three replicas serve the folder: %s.\n\nEvery replica should find it within seconds.\n' "$TITLE" "$WORD" >"$WORK/new.txt"
added=$(now_ms)
mv "$WORK/new.txt" "$SEEDS/replica-check.txt"
pollers=()
for i in 0 1 2; do
  (
    while (($(now_ms) - added < 10000)); do
      if curl -s "http://127.0.0.1:${REPLICA_PORTS[$i]}/search?q=$WORD" | grep -q "$TITLE"; then echo $(($(now_ms) - added)); exit 0; fi
      sleep 0.05
    done
    echo timeout
  ) >"$WORK/seen$i" &
  pollers+=($!)
done
for pid in "${pollers[@]}"; do wait "$pid"; done
times=$(cat "$WORK/seen0" "$WORK/seen1" "$WORK/seen2" | tr '\n' ' ')
slowest=$(printf '%s\n' $times | sort -n | tail -1)
[[ $times != *timeout* ]] && ((slowest <= 3000)) && r=PASS || r=FAIL
result "$r" "2. added file seen by every replica <= 3 s" "after ${times% } ms (replicas 1 2 3)"

# 3. Load through nginx over pages the proxy caches and answers it passes on (the API, a search),
# one replica killed with SIGKILL after KILL_AFTER seconds.
API_ARTICLE=$(curl -sf "$PUBLIC/api/articles?pageSize=1" | python3 -c 'import json,sys; print("/api/articles/" + json.load(sys.stdin)["items"][0]["id"])')
cat >"$WORK/load.lua" <<EOF
-- Each thread walks the list in turn: cached pages, and answers every request must reach a replica for.
local paths = { "/", "$ARTICLE", "/api/articles", "$API_ARTICLE", "/search?q=$WORD", "/feed.atom" }
local i = 0
wrk.headers["Accept-Encoding"] = "br, gzip"
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
EOF
lines_before=$(wc -l <"$NGX/access.log" 2>/dev/null || echo 0)
wrk -t2 -c8 -d"${LOAD_SECONDS}s" --timeout 5s --latency -s "$WORK/load.lua" "$PUBLIC" >"$WORK/wrk.txt" 2>&1 &
wrk_pid=$!
PIDS[wrk]=$wrk_pid
sleep "$KILL_AFTER"
kill -9 "${PIDS[replica2]}"
wait "${PIDS[replica2]}" 2>/dev/null || true
unset 'PIDS[replica2]'
wait "$wrk_pid" || true
unset 'PIDS[wrk]'
sleep 1.5 # the access log is flushed every second
requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.txt")
latency=$(awk '/^ +Latency +[0-9]/ {print "avg " $2 ", max " $4}' "$WORK/wrk.txt")
p99=$(awk '/^ +99%/ {print $2}' "$WORK/wrk.txt")
non2xx=$(awk -F': *' '/Non-2xx or 3xx/ {print $2}' "$WORK/wrk.txt")
socket=$(grep -oE 'Socket errors: .*' "$WORK/wrk.txt" || true)
tail -n +"$((lines_before + 1))" "$NGX/access.log" >"$WORK/load-access.log" || true
retried=$(grep -c 'upstream="[^"]*, ' "$WORK/load-access.log" || true)
passed_on=$(grep -cv 'cache=HIT' "$WORK/load-access.log" || true)
# A failover must have happened (else the kill was never noticed and the check proved nothing).
if [[ -n $requests && -z $non2xx && -z $socket ]] && ((retried > 0)); then r=PASS; else r=FAIL; cat "$WORK/wrk.txt"; fi
result "$r" "3. replica 2 killed during ${LOAD_SECONDS} s load: no failure" \
  "$requests requests, $rps req/s, latency $latency, p99 $p99; non-2xx/3xx ${non2xx:-0}, ${socket:-socket errors 0}; $passed_on reached a replica, $retried failed over"

# 4. Articles from a bucket: s3rver (installed by tests/tools/s3rver) and one more replica mirroring it.
S3RVER=${S3RVER:-$REPO/tests/tools/s3rver/node_modules/.bin/s3rver}
if [[ ! -x $S3RVER ]] || ! command -v node >/dev/null; then
  result FAIL "4. bucket object published <= PollSeconds + 3 s" "NOT RUN: no s3rver at $S3RVER (cd tests/tools/s3rver && npm ci) or no node"
elif ! grep -qa ForcePathStyle "$APP"/NewsReader*.dll; then
  result FAIL "4. bucket object published <= PollSeconds + 3 s" "NOT RUN: this build has no Seeds:Source=s3 (no Seeds:S3:ForcePathStyle option)"
else
  BUCKET=newsreader S3=http://127.0.0.1:$S3_PORT
  node "$S3RVER" -d "$WORK/s3data" -a 127.0.0.1 -p "$S3_PORT" --configure-bucket "$BUCKET" --silent >"$WORK/s3rver.log" 2>&1 &
  PIDS[s3rver]=$!
  for _ in $(seq 100); do curl -s -o /dev/null "$S3/" && break; sleep 0.1; done
  # s3rver's default credentials; it wants the payload hash header that curl's signing leaves out.
  put() { curl -sf --aws-sigv4 "aws:amz:us-east-1:s3" --user S3RVER:S3RVER -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" -T "$1" "$S3/$BUCKET/$2" -o /dev/null; }
  for file in "$SEEDS_FROM"/*; do [[ -f $file ]] && put "$file" "$(basename "$file")"; done
  mkdir -p "$WORK/mirror"
  start_replica s3replica "$S3_REPLICA_PORT" Seeds__Path="$WORK/mirror" Seeds__Source=s3 Seeds__PollSeconds="$POLL_SECONDS" \
    Seeds__S3__Bucket="$BUCKET" Seeds__S3__Endpoint="$S3" Seeds__S3__Region=us-east-1 \
    Seeds__S3__AccessKey=S3RVER Seeds__S3__SecretKey=S3RVER Seeds__S3__ForcePathStyle=true AWS_EC2_METADATA_DISABLED=true
  wait_ready s3replica "$S3_REPLICA_PORT"
  WORD=bucketcheck$RANDOM$RANDOM
  printf 'Bucket check %s\n\nAn object put into the bucket: %s.\n\nThe mirroring replica should publish it.\n' "$WORD" "$WORD" >"$WORK/object.txt"
  put "$WORK/object.txt" "bucket-check.txt" || { show_log "$WORK/s3rver.log"; echo "setup: could not put an object" >&2; exit 2; }
  put_at=$(now_ms) seen=""
  while (($(now_ms) - put_at < (POLL_SECONDS + 10) * 1000)); do
    if curl -s "http://127.0.0.1:$S3_REPLICA_PORT/search?q=$WORD" | grep -q "Bucket check $WORD"; then seen=$(($(now_ms) - put_at)); break; fi
    sleep 0.05
  done
  [[ -n $seen ]] && ((seen <= (POLL_SECONDS + 3) * 1000)) && r=PASS || { r=FAIL; show_log "$WORK/s3replica.log"; }
  result "$r" "4. bucket object published <= PollSeconds + 3 s" "${seen:-not} ms after the put (PollSeconds=$POLL_SECONDS)"
fi

if ((FAILED)); then
  for log in "$WORK"/replica*.log; do grep -E '\b(ERR|WRN|FTL)\]' "$log" | tail -n 5 | sed "s#^#$(basename "$log"): #" >&2 || true; done
  echo "FAIL: at least one check failed"
  exit 1
fi
echo "PASS: every check"
