#!/usr/bin/env bash
# Fuzz load → validate → render with libFuzzer (AddressSanitizer on) for SECONDS (default 60).
#
#   bash .ci/fuzz.sh [SECONDS]
#
# Builds the congtac-fuzz target with -sanitize=fuzzer,address -D FUZZING into /tmp/congtac-fuzz-build, runs it on
# a copy of Fuzz/corpus with Fuzz/yaml.dict, prints libFuzzer's final stats, and exits non-zero on any
# crash, broken invariant, timeout or out-of-memory. The failing input stays in the temporary folder
# printed at the end (replay it with `congtac-fuzz FILE`, see Fuzz/README.md). FUZZ_WORK=DIR uses DIR
# instead of a new temporary folder (its corpus/ grows across runs); FUZZ_BUILD_ONLY=1 only builds;
# FUZZ_CONFIG=debug builds faster and runs about three times slower than the default release;
# FUZZ_SEED=N repeats a run (the default is a new seed each run): the same mutations, Swift's hashing
# made deterministic (Set and Dictionary orders, hence coverage, repeat), and address randomization
# turned off (`setarch -R`), since libFuzzer feeds the operands of comparisons back into its mutations
# and those include addresses (type metadata, buffers) that move with every start otherwise; the
# binary is built in one folder on every machine, with the checkout's path mapped to `.`, so a clone
# anywhere lays it out the same. Timeouts (10 s) still depend on the machine's speed.
# FUZZ_RUNS=N stops after N executions, SECONDS being then only a cap: with a seed, the same run on
# every machine of this kind, whatever its speed (CI's way: what passed here passes there).
# FUZZ_MODE=templates fuzzes agency template sets instead of schedule files (Fuzz/templates,
# Fuzz/templates.dict; CONGTAC_FUZZ_MODE=templates for the target, see TemplateFuzzTarget.swift);
# FUZZ_MODE=import fuzzes the importer's readers (Fuzz/import, Fuzz/import.dict, ImportFuzzTarget.swift).
set -euo pipefail
# The server (NIO, Hummingbird) is left out of this build: too slow under a sanitizer, not fuzzed here.
export CONGTAC_WITHOUT_SERVER=1
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-60}
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: bash .ci/fuzz.sh [SECONDS]" >&2; exit 2; }

# -parse-as-library: main.swift holds no code under FUZZING; Entry.swift provides congtac_fuzz_main,
# the symbol SwiftPM links as `main`, which starts libFuzzer's driver (declared with @_extern(c),
# hence the Extern feature). lld instead of gold: gold warns about every ASan symbol it cannot export.
# -fsanitize=fuzzer-no-link,address instruments the C code too (libyaml inside Yams).
# The build folder has one path on every machine, not one inside the checkout: AddressSanitizer names
# each C file (libyaml's, inside Yams) by its full path in the binary's data, and a path of another
# length moves the globals after it, and with them the addresses libFuzzer sees compared; a seeded
# run of the schedules mode went elsewhere from a clone in another folder. Swift files' paths are
# mapped to `.` below. One checkout builds there at a time.
scratch=/tmp/congtac-fuzz-build
build=(swift build -c "${FUZZ_CONFIG:-release}" --scratch-path "$scratch" --product congtac-fuzz
       -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING
       -Xswiftc -enable-experimental-feature -Xswiftc Extern -Xswiftc -use-ld=lld -Xswiftc -g
       -Xswiftc -file-prefix-map -Xswiftc "$root=." -Xcc "-ffile-prefix-map=$root=."
       -Xcc -fsanitize=fuzzer-no-link,address)

started=$(date +%s)
echo "== build congtac-fuzz (libFuzzer + AddressSanitizer, ${FUZZ_CONFIG:-release})"
log=$(mktemp)
if ! "${build[@]}" >"$log" 2>&1; then
  grep -E "error|warning:" "$log" | head -40 || tail -40 "$log"
  rm -f "$log"
  echo "fuzz: the fuzzer does not build"
  exit 1
fi
tail -1 "$log"
rm -f "$log"
binary="$("${build[@]}" --show-bin-path)/congtac-fuzz"
built=$(date +%s)
echo "built in $((built - started)) s: $binary"
[ "${FUZZ_BUILD_ONLY:-0}" = 1 ] && exit 0

work=${FUZZ_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/congtac-fuzz.XXXXXX")}
mkdir -p "$work/corpus" "$work/artifacts"
# The seeds, and every finding's reproducer: each is a regression check and a good place to mutate from.
mode=${FUZZ_MODE:-schedules}
case "$mode" in
  schedules) cp "$root"/Fuzz/corpus/* "$root"/Fuzz/findings/* "$work/corpus/"; dict="$root/Fuzz/yaml.dict" ;;
  templates) cp "$root"/Fuzz/templates/* "$work/corpus/"; dict="$root/Fuzz/templates.dict" ;;
  import) cp "$root"/Fuzz/import/* "$root"/Fuzz/findings/F*-import-* "$work/corpus/"; dict="$root/Fuzz/import.dict" ;;
  *) echo "fuzz: FUZZ_MODE is schedules, templates or import" >&2; exit 2 ;;
esac

echo "== fuzz $mode for ${seconds} s on $(ls "$work/corpus" | wc -l) inputs (work folder $work)"
symbolizer=$(command -v llvm-symbolizer || true)
# The binary, dictionary and leak suppressions are copied into the work folder and named relative to
# it, so that with a seed the process sees the same arguments wherever the checkout is.
cp "$binary" "$work/congtac-fuzz"
cp "$dict" "$work/fuzz.dict"
cp "$root/Fuzz/lsan.supp" "$work/lsan.supp"
lsan="suppressions=lsan.supp:print_suppressions=0"
asan="symbolize=1${symbolizer:+:external_symbolizer_path=$symbolizer}"
# The Swift runtime's own backtracer would catch the crash before libFuzzer and, reading the stack
# from another thread, trip ASan itself: leave crashes to libFuzzer.
environment=(SWIFT_BACKTRACE=enable=no CONGTAC_FUZZ_MODE="$mode"
             LSAN_OPTIONS="${LSAN_OPTIONS:-}${LSAN_OPTIONS:+:}$lsan" ASAN_OPTIONS="${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}$asan")
if [ -n "${FUZZ_SEED:-}" ]; then
  # A repeatable run: nothing of this machine's environment (the locale, HOME and the rest change
  # which paths run), Swift's hashing deterministic, and no address randomization, since libFuzzer
  # feeds the operands of comparisons, addresses among them, back into its mutations.
  launch=(env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/nonexistent SWIFT_DETERMINISTIC_HASHING=1
          "${environment[@]}" setarch "$(uname -m)" -R)
else
  launch=(env "${environment[@]}")
fi
status=0
(
  cd "$work"
  "${launch[@]}" ./congtac-fuzz -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
      -dict=fuzz.dict -artifact_prefix=artifacts/ -print_final_stats=1 \
      -reload=0 ${FUZZ_SEED:+-seed=$FUZZ_SEED} ${FUZZ_RUNS:+-runs=$FUZZ_RUNS} corpus
) >"$work/fuzz.log" 2>&1 || status=$?

# libFuzzer's last progress line and its final statistics.
grep -E "^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE)" "$work/fuzz.log" | tail -1 || true
grep -E "^stat::" "$work/fuzz.log" || true
echo "fuzzed in $(($(date +%s) - built)) s (build and run: $(($(date +%s) - started)) s)"

if [ "$status" -ne 0 ] || ls "$work"/artifacts/* >/dev/null 2>&1; then
  echo "== FAILURE (libFuzzer exit status $status); the end of the log:"
  grep -v -E "^#[0-9]+[[:space:]]" "$work/fuzz.log" | tail -60
  echo "fuzz: failing inputs kept in $work/artifacts:"
  ls -l "$work/artifacts"
  echo "fuzz: replay with: swift build --product congtac-fuzz && CONGTAC_FUZZ_MODE=$mode .build/debug/congtac-fuzz -v $work/artifacts/*"
  exit 1
fi
if [ -z "${FUZZ_WORK:-}" ]; then rm -rf "$work"; fi
echo "fuzz: no crash, broken invariant, timeout or out-of-memory"
