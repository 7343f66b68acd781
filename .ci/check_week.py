#!/usr/bin/env python3
"""usage: check_week.py WEEK.docx...

Checks weekly schedules (congtac render --view week) as LibreOffice prints them: each converts to a PDF
of exactly one A4 page (a typical week fits one page), and the PDF's text holds the title
"LỊCH CÔNG TÁC TUẦN", the week's line "Tuần NN (từ ngày …" and the five column headings.
Needs LibreOffice (soffice) and poppler-utils (pdfinfo, pdftotext). Prints one line per check and
"N passed, N failed"; exits non-zero on any failure.
"""
import pathlib, re, shutil, subprocess, sys, tempfile, unicodedata

HEADINGS = ["Thứ/ngày", "Thời gian", "Nội dung", "Đơn vị chuẩn bị", "Lãnh đạo chủ trì"]


def main(paths):
    if not paths:
        sys.exit(__doc__)
    passed = failed = 0
    for path in map(pathlib.Path, paths):
        folder = pathlib.Path(tempfile.mkdtemp(prefix="congtac-week-"))
        try:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf",
                            "--outdir", str(folder), str(path)], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=180)
            pdf = folder / (path.stem + ".pdf")
            info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
            pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
            size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
            a4 = size and abs(float(size.group(1)) - 595.3) < 2 and abs(float(size.group(2)) - 841.9) < 2
            text = unicodedata.normalize("NFC", subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                                                               capture_output=True, text=True).stdout)
            flat = " ".join(text.split())
            # A heading may wrap in its narrow cell ("Thời / gian"): its words are looked for one by one.
            words = set(flat.split())
            missing = [h for h in HEADINGS if not all(w in words for w in h.split())]
            missing += [] if "LỊCH CÔNG TÁC TUẦN" in flat else ["LỊCH CÔNG TÁC TUẦN"]
            checks = [(pages == 1 and bool(a4), f"one A4 page ({pages} page(s))"),
                      (re.search(r"Tuần \d\d \(từ ngày \d\d/\d\d", flat) is not None, "the week's line"),
                      (not missing, "title and column headings" + (f" (missing {missing})" if missing else ""))]
        except (subprocess.SubprocessError, AttributeError, OSError) as error:
            checks = [(False, f"converted with LibreOffice ({error})")]
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        for ok, what in checks:
            print(("ok   " if ok else "FAIL ") + f"{path.name}: {what}")
            passed, failed = passed + ok, failed + (not ok)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
