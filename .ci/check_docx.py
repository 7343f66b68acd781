#!/usr/bin/env python3
"""Opens every DOCX congtac wrote with two independent clients and checks what a reader would.

python-docx: A4 portrait, margins inside Nghị định 30/2020's ranges, Times New Roman for ascii, hAnsi and cs,
no other font named anywhere, the agenda's header row repeated on every page, the day cells merged over
their rows. LibreOffice (headless): converts to PDF; the PDF's text holds every item, unit and leader of the
schedule file; only Times-metric fonts are embedded (no DejaVu fallback).

Usage: check_docx.py OUTDIR SCHEDULE.yaml…   (OUTDIR/<name>.docx for each schedule file)
Prints one line per check and 'N passed, N failed'; exits 1 on any failure.
"""
import os, re, subprocess, sys, tempfile, unicodedata
import docx
import yaml
from docx.shared import Mm

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else f": {detail}"))


def texts(schedule):
    """Every item text, unit, leader, note and whole-day text of the schedule file."""
    found = []

    def walk(sections):
        for s in sections or []:
            for day in (s.get("agenda") or {}).get("days") or []:
                for key in ("note", "text"):
                    if day.get(key):
                        found.append(str(day[key]))
                for item in day.get("items") or []:
                    if isinstance(item, str):
                        found.append(item)
                        continue
                    for key in ("text", "unit", "leader"):
                        if item.get(key):
                            found.append(str(item[key]))
            walk(s.get("sections"))
    walk(schedule.get("sections"))
    return found


def squash(s):
    return re.sub(r"[\s\-‐­]+", "", unicodedata.normalize("NFC", s))


def letters_in_order(word, flat, start):
    """Where `word`'s letters begin in `flat` from `start`, in order and within 80 characters; -1 if not."""
    begin = flat.find(word[0], start)
    while begin >= 0:
        pos, ok = begin + 1, True
        for ch in word[1:]:
            pos = flat.find(ch, pos)
            if pos < 0 or pos - begin > 80 + len(word):
                ok = False
                break
            pos += 1
        if ok:
            return begin
        begin = flat.find(word[0], begin + 1)
    return -1


def words_in_order(text, flat):
    """Whether the words of `text` stand in `flat` in order, within a window a few times its length."""
    words = [squash(w) for w in text.split() if squash(w)]
    start = 0
    while True:
        first = flat.find(words[0], start)
        if first < 0:
            return False
        pos, ok = first + len(words[0]), True
        for w in words[1:]:
            nxt = flat.find(w, pos)
            if nxt < 0 or nxt - first > 4 * len(squash(text)) + 400:
                # a word broken inside (a long code such as TKKHCN&ĐMST) has the neighbour columns'
                # text between its pieces: its letters must still come in order, close together
                nxt = letters_in_order(w, flat, pos)
                if nxt < 0:
                    ok = False
                    break
            pos = nxt + len(w)
        if ok:
            return True
        start = first + 1


def check_docx(path, schedule):
    name = os.path.basename(path)
    d = docx.Document(path)
    sec = d.sections[0]
    check(f"{name}: A4 portrait", abs(sec.page_width - Mm(210)) < Mm(0.5) and abs(sec.page_height - Mm(297)) < Mm(0.5),
          f"{sec.page_width.mm:.1f}x{sec.page_height.mm:.1f} mm")
    margins = {"top": (sec.top_margin.mm, 20, 25), "bottom": (sec.bottom_margin.mm, 20, 25),
               "left": (sec.left_margin.mm, 30, 35), "right": (sec.right_margin.mm, 15, 20)}
    bad = {k: round(v, 2) for k, (v, lo, hi) in margins.items() if not (lo - 0.05 <= v <= hi + 0.05)}
    check(f"{name}: margins within the decree's ranges", not bad, str(bad))
    check(f"{name}: page numbers from page 2 (different first page)", sec.different_first_page_header_footer)

    styles_xml = d.styles.element
    fonts = styles_xml.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    attrs = {k: fonts.get(f"{W}{k}") for k in ("ascii", "hAnsi", "cs")} if fonts is not None else {}
    check(f"{name}: Times New Roman for ascii, hAnsi and cs", attrs and all(v == "Times New Roman" for v in attrs.values()),
          str(attrs))
    named = set()
    for part in [d.element, styles_xml]:
        for el in part.iter(f"{W}rFonts"):
            for k in ("ascii", "hAnsi", "cs", "eastAsia"):
                if el.get(f"{W}{k}"):
                    named.add(el.get(f"{W}{k}"))
    check(f"{name}: no other font named", named <= {"Times New Roman"}, str(named))

    agenda_days = sum(len((s.get("agenda") or {}).get("days") or [])
                      for s in schedule.get("sections") or [] for s in [s] + (s.get("sections") or []))
    agenda_tables = [t for t in d.tables if t.rows and "NGÀY" in t.rows[0].cells[0].text]
    if agenda_days:
        check(f"{name}: one agenda table", len(agenda_tables) == 1, f"{len(agenda_tables)} found")
        for t in agenda_tables:
            first = t.rows[0]._tr
            check(f"{name}: agenda header row repeats on every page", first.find(f"{W}trPr/{W}tblHeader") is not None)
            no_split = all(r._tr.find(f"{W}trPr/{W}cantSplit") is not None for r in t.rows)
            check(f"{name}: agenda rows do not split across pages", no_split)
            restarts = continues = 0
            for r in t.rows[1:]:
                tc = r._tr.findall(f"{W}tc")[0]
                vm = tc.find(f"{W}tcPr/{W}vMerge")
                if vm is not None:
                    if vm.get(f"{W}val") == "restart":
                        restarts += 1
                    else:
                        continues += 1
            check(f"{name}: day cells merged over their rows", restarts > 0 and continues > 0,
                  f"{restarts} restarts, {continues} continuations")
            empty_cells = [i for i, r in enumerate(t.rows) for tc in r._tr.findall(f"{W}tc")
                           if tc.find(f"{W}p") is None]
            check(f"{name}: every cell holds a paragraph", not empty_cells, str(empty_cells[:5]))

    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                              "--convert-to", "pdf", "--outdir", tmp, path],
                             capture_output=True, text=True, timeout=180)
        pdf = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        check(f"{name}: LibreOffice converts it to PDF", os.path.exists(pdf), run.stderr[-300:])
        if not os.path.exists(pdf):
            return
        # A cell's lines come out interleaved with its neighbours' lines, so each text must appear as
        # its words in order, close together; squashing white space and hyphens rejoins wrapped words.
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        flat = squash(text)
        truly_missing = [t for t in texts(schedule) if not words_in_order(t, flat)]
        check(f"{name}: the PDF holds every item, unit and leader", not truly_missing, str(truly_missing[:3]))
        fonts_out = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout
        embedded = [line.split()[0] for line in fonts_out.splitlines()[2:] if line.strip()]
        odd = [f for f in embedded if not re.search(r"LiberationSerif|Tinos|TimesNewRoman|Times", f)]
        check(f"{name}: only Times-metric fonts embedded", embedded and not odd, str(odd or embedded))


def main():
    outdir, files = sys.argv[1], sys.argv[2:]
    for f in files:
        schedule = yaml.safe_load(open(f, encoding="utf-8"))
        path = os.path.join(outdir, os.path.splitext(os.path.basename(f))[0] + ".docx")
        if not os.path.exists(path):
            check(f"{path} exists", False, "not written")
            continue
        check_docx(path, schedule)
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    sys.exit(0 if passed == len(results) else 1)


if __name__ == "__main__":
    main()
