#!/usr/bin/env bash
# Starts the pinned s3rver (package.json here) on loopback with one bucket, installing it first
# if needed, and prints "S3rver listening on 127.0.0.1:PORT" once it serves. It runs in the
# foreground until killed. Objects are put and deleted with plain HTTP (see put.mjs or curl).
#   bash tests/tools/s3rver/run.sh [DATA_DIR] [PORT] [BUCKET]    (PORT 0 = any free port)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
data=${1:-$(mktemp -d)}
port=${2:-4568}
bucket=${3:-news}

[ -d "$here/node_modules/s3rver" ] || (cd "$here" && npm ci --no-audit --no-fund --silent)
mkdir -p "$data"
# s3rver makes its listing continuation tokens with DES, which OpenSSL 3 keeps in its legacy
# provider: without the flag any listing longer than one page (1,000 keys) fails with a 500.
exec node --openssl-legacy-provider "$here/node_modules/s3rver/bin/s3rver.js" \
  --directory "$data" --address 127.0.0.1 --port "$port" --silent --configure-bucket "$bucket"
