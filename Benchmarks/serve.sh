#!/usr/bin/env bash
# The load and fault benchmark of `congtac serve`: previews under sustained load, twenty editors saving
# one month at once, kill -9 during saves (Benchmarks/serve_load.py does the work; it prints a table).
#
#   swift build -c release --product congtac-server
#   Benchmarks/serve.sh [.build/release/congtac-server] [SECONDS]
#
# Needs only python3 (http.client, threads, sqlite3). Runs on a temporary copy of examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
server=${1:-.build/release/congtac-server}
seconds=${2:-30}
if [ ! -x "$server" ]; then
  echo "serve.sh: $server not found; build it: swift build -c release --product congtac-server" >&2
  exit 2
fi
echo "== congtac serve: $(nproc) cores, $(uname -m), server $server"
exec python3 Benchmarks/serve_load.py --server "$server" --seconds "$seconds"
