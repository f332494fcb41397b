# Sourced by app-start.sh and reload-time.sh: the published app, a large corpus to start it on, and
# the clean-up both need. The caller sets NAME (for messages), REPO, WORK (a scratch folder, removed
# on exit), APP (a published app, or where to publish one) and COUNT (articles in a generated corpus).

APP_PID=
cleanup() {
  [[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

log() { echo "== $*" >&2; }
die() { echo "$NAME: $*" >&2; exit 2; }

# Publishes the app into $APP (Release, as deployed) unless one is there already.
publish_app() {
  [[ -f $APP/NewsReader.Web.dll ]] && return
  log "publishing the app (Release, as deployed)"
  dotnet publish "$REPO/src/NewsReader.Web" -c Release -o "$APP" -v q -nologo >"$WORK/publish.log" 2>&1 \
    || { tail -n 30 "$WORK/publish.log" >&2; die "dotnet publish failed"; }
}

# Sets SEEDS to a copy of corpus $1 (default: one of $COUNT articles, generated in /tmp if missing)
# in $WORK/seeds, without the store a run there may have left. Hard links (instant): a file changed
# is written anew (a new inode), so the source is never touched.
copy_corpus() {
  local source=${1:-/tmp/newsreader-corpus-$COUNT}
  if [[ ! -d $source ]]; then
    log "writing a $COUNT-article corpus to $source"
    dotnet build -c Release "$REPO/tests/NewsReader.Benchmarks" -v q -nologo >/dev/null
    dotnet "$REPO/tests/NewsReader.Benchmarks/bin/Release/net10.0/NewsReader.Benchmarks.dll" corpus "$COUNT" "$source"
  fi

  SEEDS=$WORK/seeds
  cp -al "$source" "$SEEDS"
  rm -rf "$SEEDS/.newsreader"
}
