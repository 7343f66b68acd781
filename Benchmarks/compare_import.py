#!/usr/bin/env python3
"""`congtac import` against python-docx reading the same document (issue #14), and the scale case's
DOCX in bounded memory, interleaved in rounds like compare.py (wall clock and peak RSS through
../shared/perf/measure.one_run).

Rows: a month's DOCX (the perf data's first document, rendered by congtac), imported by congtac (to
YAML, through the schedule writer) and read by python-docx (paragraphs and table cells only:
read_pydocx.py); the scale case (21,993 items) rendered to DOCX, imported by congtac and read by
python-docx. The imported files must pass `congtac check` with no error, and the scale case's import
must give back every item.

Usage: python3 Benchmarks/compare_import.py [--rounds 5] [--work /tmp/congtac-compare-import]
Needs a release build (swift build -c release --static-swift-stdlib), the perf data (Benchmarks/run.sh
makes it) and python-docx; run with the perf venv's python (bash Benchmarks/run.sh --compare-import).
"""
import argparse, glob, json, os, shutil, statistics, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PERF = os.path.join(ROOT, "..", "shared", "perf")
sys.path.insert(0, PERF)
from measure import one_run  # noqa: E402

PY = sys.executable


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--work", default="/tmp/congtac-compare-import")
    ap.add_argument("--data", default=os.environ.get("CONGTAC_PERF_DATA", "/tmp/congtac-perf"))
    ap.add_argument("--large-peer", action="store_true",
                    help="also time python-docx on the scale case (about 10 minutes a run: its merged cells are slow)")
    args = ap.parse_args()
    congtac = os.path.join(ROOT, ".build", "release", "congtac")
    if not os.path.exists(congtac):
        sys.exit("build first: swift build -c release --static-swift-stdlib")
    w = args.work
    shutil.rmtree(w, ignore_errors=True)
    os.makedirs(w)
    one = sorted(glob.glob(f"{args.data}/congtac/*.json"))[0]
    big = f"{args.data}/congtac-large/large.json"
    for source in (one, big):
        subprocess.run([congtac, "render", source, "--format", "docx", "--output", w, "--lang", "en"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    one_docx = f"{w}/{os.path.splitext(os.path.basename(one))[0]}.docx"
    big_docx = f"{w}/large.docx"

    def imp(docx, out):
        return [congtac, "import", docx, "--output", out, "--lang", "en"]

    benches = [
        ("month", "congtac import", imp(one_docx, f"{w}/one.yaml"), [f"{w}/one.yaml"]),
        ("month", "python-docx read", [PY, f"{HERE}/read_pydocx.py", one_docx], []),
        ("large", "congtac import", imp(big_docx, f"{w}/large.yaml"), [f"{w}/large.yaml"]),
    ]
    if args.large_peer:
        benches.append(("large", "python-docx read", [PY, f"{HERE}/read_pydocx.py", big_docx], []))
    runs = {b[:2]: [] for b in benches}
    for r in range(args.rounds + 1):  # round 0 warms the caches and is dropped
        for g, name, cmd, clean in benches:
            res = one_run(cmd, clean)
            if r:
                runs[(g, name)].append(res)
        print(f"round {r}/{args.rounds} done", file=sys.stderr)

    def wall(key):
        return statistics.median(x["wall"] for x in runs[key])

    def rss(key):
        return statistics.median(x["rss_kb"] / 1024 for x in runs[key])

    print(f"\n{'case':6} {'tool':18} {'median wall':>12} {'peak RSS':>9}")
    for g, name, _, _ in benches:
        print(f"{g:6} {name:18} {wall((g, name)) * 1000:10.1f} ms {rss((g, name)):7.0f} MB")
    print("\nratios (python-docx time / congtac time; higher is better for congtac):")
    for g in ("month", "large"):
        if (g, "python-docx read") in runs:
            print(f"  {g:6} {wall((g, 'python-docx read')) / wall((g, 'congtac import')):6.1f}x")
    print(f"  scale case: {os.path.getsize(big_docx) // 1024} KB DOCX, congtac's peak {rss(('large', 'congtac import')):.0f} MB")

    print("\ncontent checks:")
    ok = True
    for out in (f"{w}/one.yaml", f"{w}/large.yaml"):
        subprocess.run(imp(one_docx if "one" in out else big_docx, out) + ["--force"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        check = subprocess.run([congtac, "check", out, "--lang", "en"], capture_output=True, text=True)
        errors = check.returncode != 0
        print(f"  {os.path.basename(out)}: check {'FAILED' if errors else 'passes'}")
        ok &= not errors
    with open(big) as f:
        source = json.load(f)
    expected = sum(len(d.get("items", [])) for s in source["sections"] for d in (s.get("agenda") or {}).get("days", []))
    got = subprocess.run(imp(big_docx, f"{w}/large.yaml") + ["--force"], capture_output=True, text=True).stdout
    print(f"  scale case: {expected} items in the source; congtac import says: {got.strip().splitlines()[-1]}")
    ok &= f" {expected} items" in got
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
