#!/usr/bin/env bash
# The whole test suite under AddressSanitizer (and LeakSanitizer, which comes with it on Linux).
#
#   bash .ci/asan.sh [swift test arguments, e.g. --filter HostileInputTests]
#
# Builds into .build-asan (every target instrumented, the `congtac` binary that the CLI tests run
# included), runs `swift test`, prints the summary, and exits non-zero on a failing test or on any
# sanitizer report, also one printed by a subprocess.
set -euo pipefail
# The server (NIO, Hummingbird) is left out of this build: too slow under a sanitizer, not fuzzed here.
export CONGTAC_WITHOUT_SERVER=1
cd "$(dirname "$0")/.."
started=$(date +%s)
flags=(--sanitize=address --scratch-path .build-asan)

symbolizer=$(command -v llvm-symbolizer || true)
# The Swift runtime's backtracer reads a crashed thread's stack from another thread, which ASan reports
# as a stack-buffer-underflow of its own: let ASan and the test runner report crashes instead.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}symbolize=1${symbolizer:+:external_symbolizer_path=$symbolizer}"

# Leaks of the toolchain's own libraries, not of congtac: XCTest keeps its suite-run objects until
# exit, and Foundation's Process.run forms a weak reference whose side table is never freed. Each
# pattern names the library function (a mangled name without its leading `$`, which LeakSanitizer
# reads as an anchor), so a leak in congtac's code is still reported.
suppressions=$(mktemp)
cat >"$suppressions" <<'EOF'
leak:6XCTest0A8SuiteRunC
leak:6XCTest11XCTMainMisc
leak:10Foundation7ProcessC3run
EOF
export LSAN_OPTIONS="${LSAN_OPTIONS:-}${LSAN_OPTIONS:+:}suppressions=$suppressions:print_suppressions=0"
# libxml2 is built without frame pointers: unwind slowly so that its leaks show congtac's frames.
export ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0"

echo "== build the tests with AddressSanitizer"
log=$(mktemp)
trap 'rm -f "$log" "$suppressions"' EXIT
if ! swift build --build-tests "${flags[@]}" >"$log" 2>&1; then
  grep -E "error|warning:" "$log" | head -40 || tail -40 "$log"
  echo "asan: the tests do not build"
  exit 1
fi
tail -1 "$log"
built=$(date +%s)
echo "built in $((built - started)) s"

echo "== swift test under AddressSanitizer"
status=0
swift test --skip-build "${flags[@]}" "$@" >"$log" 2>&1 || status=$?
# Failures and sanitizer reports in full, then the runners' summaries.
grep -E -A30 "ERROR: (Address|Leak)Sanitizer|SUMMARY: (Address|Leak)Sanitizer" "$log" | head -120 || true
grep -E "✘|error:|failed|Fatal error" "$log" | grep -v -E "^\s*$" | head -60 || true
grep -E "^(Test Suite 'All tests'|Executed [0-9]+ test|.*Test run with [0-9]+ tests?)" "$log" || tail -5 "$log"
reports=$(grep -c -E "ERROR: (Address|Leak)Sanitizer" "$log" || true)
echo "tested in $(($(date +%s) - built)) s (build and test: $(($(date +%s) - started)) s); sanitizer reports: $reports"
if [ "$status" -ne 0 ] || [ "$reports" -ne 0 ]; then
  echo "asan: FAILED (swift test exit status $status)"
  exit 1
fi
echo "asan: every test passed, no sanitizer report"
