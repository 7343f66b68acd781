#!/bin/bash
# `congtac publish` of the 100 benchmark months as a site, whole processes of the release binary:
#   - a first publish into an empty folder (every page, week, leader, calendar, the feed; DOCX and PDF);
#   - publishing again with nothing changed (the manifest: nothing rendered again but what depends on
#     every month, nothing written);
#   - publishing again after one month changed (that month, its weeks, the leaders and the calendars).
# Medians of N rounds (default 5); peak memory (max RSS) of each by /usr/bin/time. The data comes from
# ../shared/perf (bash Benchmarks/run.sh makes it); the binary from `swift build -c release`.
#
#   bash Benchmarks/publish.sh [--rounds N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${CONGTAC_PERF_DATA:-/tmp/congtac-perf}
rounds=5
[ "${1:-}" = --rounds ] && rounds=$2
congtac="$root/.build/release/congtac"
[ -x "$congtac" ] || { echo "publish.sh: build first: swift build -c release --static-swift-stdlib" >&2; exit 2; }
[ -d "$data/congtac" ] || { echo "publish.sh: no data in $data (bash Benchmarks/run.sh makes it)" >&2; exit 2; }
work=$(mktemp -d /tmp/congtac-publish.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp "$data"/congtac/*.json "$work/"
mkdir "$work/in" && mv "$work"/*.json "$work/in/"
changed="$work/in/$(ls "$work/in" | sed -n 50p)"

# One run: seconds and peak MB, as "S MB".
run() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$congtac" publish "$work"/in/*.json --output "$work/site" >/dev/null 2>"$work/err" \
    || { cat "$work/err" >&2; exit 1; }
  awk '{ printf "%.3f %.0f\n", $1, $2 / 1024 }' "$work/time"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

: > "$work/first"; : > "$work/same"; : > "$work/one"
for _ in $(seq "$rounds"); do
  rm -rf "$work/site"
  run >> "$work/first"
  run >> "$work/same"
  # One item of one month changes (a different text each round).
  python3 - "$changed" <<'PY'
import json, sys, random
path = sys.argv[1]
doc = json.load(open(path, encoding="utf-8"))
def items(node):
    if isinstance(node, dict):
        if "items" in node and isinstance(node["items"], list):
            for item in node["items"]:
                if isinstance(item, dict) and "text" in item:
                    yield item
        for value in node.values():
            yield from items(value)
    elif isinstance(node, list):
        for value in node:
            yield from items(value)
first = next(items(doc))
first["text"] += " (sửa %d)" % random.randrange(1 << 30)
json.dump(doc, open(path, "w", encoding="utf-8"), ensure_ascii=False)
PY
  run >> "$work/one"
done
files=$(find "$work/site" -type f | wc -l)
bytes=$(du -sm "$work/site" | cut -f1)
for kind in first same one; do
  t=$(cut -d' ' -f1 "$work/$kind" | median)
  m=$(cut -d' ' -f2 "$work/$kind" | median)
  case $kind in
    first) label="publish 100 months (empty site)" ;;
    same) label="publish again, nothing changed" ;;
    one) label="publish again, one month changed" ;;
  esac
  printf "%-36s %7.0f ms  %4.0f MB peak\n" "$label" "$(echo "$t * 1000" | bc)" "$m"
done
echo "site: $files files, $bytes MB ($rounds rounds, medians)"
