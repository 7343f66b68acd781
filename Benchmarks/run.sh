#!/bin/bash
# The benchmark in one command: builds congtac for release (with the Swift runtime linked in, as it
# is shipped), makes the peers' data in congtac's format if it is not there, and runs congtac-bench
# (one process: load + validate, DOCX, HTML, the scale case, growth, peak memory), then times
# `congtac publish` of the 100 months as a site (Benchmarks/publish.sh). With --compare it
# also installs the peers (../shared/perf/setup.sh) and runs them side by side with congtac
# (Benchmarks/compare.py: ratios and content checks).
#
# With --compare-import it runs `congtac import` against python-docx reading the same DOCX
# (Benchmarks/compare_import.py: a month's document and the scale case, peak memory, content checks).
#
#   bash Benchmarks/run.sh [--compare] [--compare-import] [--rounds N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
perf="$root/../shared/perf"
data=${CONGTAC_PERF_DATA:-/tmp/congtac-perf}
venv=${CONGTAC_PERF_VENV:-/tmp/venv-perf}
compare=0
compare_import=0
rounds=7
while [ $# -gt 0 ]; do
  case "$1" in
    --compare) compare=1 ;;
    --compare-import) compare_import=1 ;;
    --rounds) rounds=$2; shift ;;
    *) echo "usage: bash Benchmarks/run.sh [--compare] [--compare-import] [--rounds N]" >&2; exit 2 ;;
  esac
  shift
done

cd "$root"
swift build -c release --static-swift-stdlib 2>&1 | tail -1
if [ ! -f "$data/congtac-large/large.json" ]; then
  python3 "$perf/gen_data.py" "$data/source" >/dev/null
  python3 "$perf/to_congtac.py" "$data/source" "$data" >/dev/null
fi
.build/release/congtac-bench "$data" --rounds "$rounds"
CONGTAC_PERF_DATA="$data" bash Benchmarks/publish.sh --rounds 3

if [ "$compare" = 1 ]; then
  [ -x "$venv/bin/python" ] || sh "$perf/setup.sh" "$venv"
  "$venv/bin/python" Benchmarks/compare.py --rounds 5
fi

if [ "$compare_import" = 1 ]; then
  [ -x "$venv/bin/python" ] || sh "$perf/setup.sh" "$venv"
  "$venv/bin/python" Benchmarks/compare_import.py --rounds 5 --data "$data"
fi
