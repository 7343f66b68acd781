#!/usr/bin/env python3
"""Checks that congtac's outputs carry all the content of their schedule files (congtac's side of
../shared/perf/check_outputs.py, which expects the peers' own day labels and a "tháng 04" date line
where the decree writes "tháng 4"): every heading, focus task, item text, unit, leader, note,
recipient and the signer; every listed day as its two-digit number with its weekday; the date line.

Usage: check_content.py OUTDIR EXT SCHEDULE.json…   (EXT: .docx or .html)
Prints one summary line; exits 1 if anything is missing.
"""
import calendar, datetime, html, json, os, re, sys, zipfile

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def text_of(path):
    if path.endswith(".docx"):
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", " ", xml)
        return html.unescape(re.sub(r"<[^>]+>", "", xml))
    page = open(path, encoding="utf-8").read()
    page = re.sub(r"<style.*?</style>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def expected(doc):
    strings = [doc["agency"]["name"], doc["place"]]
    y, m, d = map(int, doc["date"].split("-"))
    month = f"{m:02d}" if m <= 2 else str(m)
    strings.append(f"{doc['place']}, ngày {d:02d} tháng {month} năm {y}")
    ym = tuple(map(int, doc["month"].split("-"))) if doc.get("month") else None

    def walk(sections):
        for s in sections or []:
            strings.append(s["heading"])
            strings.extend(s.get("items") or [])
            for day in (s.get("agenda") or {}).get("days") or []:
                n = int(str(day["day"]).split("-")[0])
                strings.append(f"{n:02d}")
                strings.append(WEEKDAYS[calendar.weekday(ym[0], ym[1], n)])
                for key in ("note", "text"):
                    if day.get(key):
                        strings.append(day[key])
                for item in day.get("items") or []:
                    for key in ("text", "unit", "leader"):
                        if item.get(key):
                            strings.append(item[key])
            walk(s.get("sections"))
    walk(doc["sections"])
    strings.extend(re.sub(r"^-\s*|[;.]$", "", r) for r in doc.get("recipients") or [])
    sig = doc.get("signature") or {}
    strings.extend(v for v in (sig.get("authority"), sig.get("position"), sig.get("name")) if v)
    return strings


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    outdir, ext, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    checked = missing = 0
    for f in files:
        doc = json.load(open(f, encoding="utf-8"))
        out = os.path.join(outdir, os.path.splitext(os.path.basename(f))[0] + ext)
        text = norm(text_of(out))
        for s in expected(doc):
            checked += 1
            if norm(s) not in text:
                missing += 1
                if missing <= 10:
                    print(f"MISSING in {out}: {s}")
    print(f"{outdir}: {len(files)} documents, {checked} strings checked, {missing} missing")
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
