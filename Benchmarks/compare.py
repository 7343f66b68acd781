#!/usr/bin/env python3
"""congtac and its peers side by side, in one run, on the same content, interleaved in rounds.

Peers (../shared/perf/): docxtpl and python-docx (DOCX), Jinja2 (HTML), pandoc (one process a
document). Everything runs as whole processes through the peers' own measure.one_run (wall clock,
GNU time's peak RSS), round after round, so that a shared machine's noise falls on all alike; the
table shows medians and congtac's ratio to each peer. congtac's outputs are then checked for content
(check_content.py) so that speed never comes from doing less.

Usage: python3 Benchmarks/compare.py [--rounds 5] [--work /tmp/congtac-compare] [--python-docx]
Needs: bash ../shared/perf/setup.sh VENV (pandoc, hyperfine, the pinned peers) and a release build
(swift build -c release --static-swift-stdlib). Run it with the venv's python, e.g. /tmp/venv-perf/bin/python;
`bash Benchmarks/run.sh --compare` does all of this.
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
    ap.add_argument("--work", default="/tmp/congtac-compare")
    ap.add_argument("--python-docx", action="store_true", help="also run python-docx (slow)")
    ap.add_argument("--no-pdf", action="store_true", help="leave out the PDF rows (LibreOffice is slow to start)")
    args = ap.parse_args()
    w = args.work
    congtac = os.path.join(ROOT, ".build", "release", "congtac")
    if not os.path.exists(congtac):
        sys.exit("build first: swift build -c release --static-swift-stdlib")
    data, conv, out = f"{w}/data", f"{w}/conv", f"{w}/out"
    if not os.path.isdir(f"{conv}/congtac"):
        subprocess.run([PY, f"{PERF}/gen_data.py", data], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([PY, f"{PERF}/to_congtac.py", data, conv], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([PY, f"{PERF}/to_markdown.py", f"{w}/md", f"{data}/json"], check=True)
        subprocess.run([PY, f"{PERF}/make_docxtpl_template.py", f"{w}/tpl.docx"], check=True)
    docs = sorted(glob.glob(f"{conv}/congtac/*.json"))
    one_json, one_md = docs[0], sorted(glob.glob(f"{w}/md/*.md"))[0]
    big, peer_big = f"{conv}/congtac-large/large.json", f"{conv}/peer-large/large.json"
    os.makedirs(out, exist_ok=True)
    q = ["--lang", "en"]

    def ct(fmt, files, dest):
        return [congtac, "render", *files, "--format", fmt, "--output", dest, *q]

    # (group, name, command, documents, outputs to delete before each run)
    benches = [
        ("n100", "congtac docx", ct("docx", docs, f"{out}/ct-docx"), len(docs), [f"{out}/ct-docx"]),
        ("n100", "docxtpl", [PY, f"{PERF}/render_docxtpl.py", f"{w}/tpl.docx", f"{out}/docxtpl", f"{data}/json"],
         len(docs), [f"{out}/docxtpl"]),
        ("n100", "congtac html", ct("html", docs, f"{out}/ct-html"), len(docs), [f"{out}/ct-html"]),
        ("n100", "jinja2-html", [PY, f"{PERF}/render_jinja_html.py", f"{out}/jinja", f"{data}/json"], len(docs),
         [f"{out}/jinja"]),
        ("one", "congtac docx,html", ct("docx,html", [one_json], f"{out}/ct-one"), 1, [f"{out}/ct-one"]),
        ("one", "pandoc docx", ["pandoc", one_md, "-o", f"{out}/one.docx"], 1, [f"{out}/one.docx"]),
        ("large", "congtac docx", ct("docx", [big], f"{out}/ct-large"), 1, [f"{out}/ct-large"]),
        ("large", "docxtpl", [PY, f"{PERF}/render_docxtpl.py", f"{w}/tpl.docx", f"{out}/tpl-large", peer_big], 1,
         [f"{out}/tpl-large"]),
        ("large", "congtac html", ct("html", [big], f"{out}/ct-large-html"), 1, [f"{out}/ct-large-html"]),
        ("large", "jinja2-html", [PY, f"{PERF}/render_jinja_html.py", f"{out}/jinja-large", peer_big], 1,
         [f"{out}/jinja-large"]),
    ]
    # The PDF: congtac writes it itself; the peer is LibreOffice converting congtac's own DOCX of the
    # same month (what a clerk does today), one process per document.
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice and not args.no_pdf:
        subprocess.run(ct("docx", [one_json], f"{w}/one-docx"), check=True, stdout=subprocess.DEVNULL)
        one_docx = glob.glob(f"{w}/one-docx/*.docx")[0]
        profile = f"-env:UserInstallation=file://{w}/lo-profile"
        benches += [
            ("pdf1", "congtac pdf", ct("pdf", [one_json], f"{out}/ct-pdf-one"), 1, [f"{out}/ct-pdf-one"]),
            ("pdf1", "libreoffice pdf", [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir",
                                         f"{out}/lo-pdf", one_docx], 1, [f"{out}/lo-pdf"]),
            ("n100", "congtac pdf", ct("pdf", docs, f"{out}/ct-pdf"), len(docs), [f"{out}/ct-pdf"]),
            ("large", "congtac pdf", ct("pdf", [big], f"{out}/ct-large-pdf"), 1, [f"{out}/ct-large-pdf"]),
        ]
    if args.python_docx:
        benches.append(("n100", "python-docx", [PY, f"{PERF}/render_pydocx.py", f"{out}/pydocx", f"{data}/json"],
                        len(docs), [f"{out}/pydocx"]))
    runs = {b[:2]: [] for b in benches}
    for r in range(args.rounds + 1):  # round 0 warms the caches and is dropped
        for g, name, cmd, n, clean in benches:
            res = one_run(cmd, clean)
            if r:
                runs[(g, name)].append(res)
        print(f"round {r}/{args.rounds} done", file=sys.stderr)

    def med(key, field):
        if field == "max_rss_mb":
            return statistics.median(x["rss_kb"] / 1024 for x in runs[key])
        return statistics.median(x["wall"] for x in runs[key])

    rows = []
    for g, name, cmd, n, _ in benches:
        wall = med((g, name), "wall_s")
        rss = med((g, name), "max_rss_mb")
        rows.append((g, name, wall, rss, n))
    with open(f"{w}/runs.json", "w") as f:
        json.dump({f"{g}/{n}": v for (g, n), v in runs.items()}, f, indent=1)
    print(f"\n{'group':6} {'tool':18} {'median wall':>12} {'per doc':>10} {'peak RSS':>9}")
    for g, name, wall, rss, n in rows:
        print(f"{g:6} {name:18} {wall * 1000:10.1f} ms {wall / n * 1000:8.2f} ms {rss:7.0f} MB")

    def ratio(g, a, b):
        return med((g, b), "wall_s") / med((g, a), "wall_s")

    print("\nratios (peer time / congtac time; higher is better for congtac):")
    print(f"  100 documents to DOCX, vs docxtpl:          {ratio('n100', 'congtac docx', 'docxtpl'):6.1f}x  (target 30x)")
    print(f"  100 documents to HTML, vs Jinja2:           {ratio('n100', 'congtac html', 'jinja2-html'):6.1f}x  (target 2x)")
    print(f"  one document docx,html vs one pandoc docx:  {ratio('one', 'congtac docx,html', 'pandoc docx'):6.1f}x  (target 5x)")
    print(f"  scale case to DOCX, vs docxtpl:             {ratio('large', 'congtac docx', 'docxtpl'):6.1f}x  (target 4x), "
          f"peak {med(('large', 'congtac docx'), 'max_rss_mb'):.0f} MB (target 200 MB)")
    print(f"  scale case to HTML, vs Jinja2:              {ratio('large', 'congtac html', 'jinja2-html'):6.1f}x  (target 1x)")

    if ("pdf1", "congtac pdf") in runs:
        print(f"  one document to PDF, vs LibreOffice (DOCX → PDF): {ratio('pdf1', 'congtac pdf', 'libreoffice pdf'):6.1f}x  (target 100x); "
              f"sizes {os.path.getsize(glob.glob(f'{out}/ct-pdf-one/*.pdf')[0]) // 1024} KB against "
              f"{os.path.getsize(glob.glob(f'{out}/lo-pdf/*.pdf')[0]) // 1024} KB")
        print(f"  100 documents to PDF: {med(('n100', 'congtac pdf'), 'wall_s') * 1000:.0f} ms; scale case to PDF: "
              f"{med(('large', 'congtac pdf'), 'wall_s') * 1000:.0f} ms, peak {med(('large', 'congtac pdf'), 'max_rss_mb'):.0f} MB")

    print("\ncontent checks:")
    ok = True
    for ext, dest in ((".docx", "ct-docx"), (".html", "ct-html")):
        r = subprocess.run([PY, f"{HERE}/check_content.py", f"{out}/{dest}", ext, *docs], capture_output=True, text=True)
        print("  " + r.stdout.strip().splitlines()[-1])
        ok &= r.returncode == 0
    r = subprocess.run([PY, f"{HERE}/check_content.py", f"{out}/ct-large", ".docx", big], capture_output=True, text=True)
    print("  " + r.stdout.strip().splitlines()[-1])
    ok &= r.returncode == 0
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
