#!/usr/bin/env python3
"""Opens congtac's iCalendar files with independent parsers and compares them with the schedules.

  python3 -m pip install icalendar==7.3.0 recurring-ical-events==3.8.2 PyYAML==6.0.3
  python3 .ci/check_ics.py [--congtac .build/debug/congtac] examples/*.yaml

For each schedule: renders `--format ics` twice (same bytes), and `--view leader --format ics`;
parses the files with `icalendar`; expands them with `recurring-ical-events`; and checks, against
the schedule read with PyYAML, that every item (and whole-day text) is an event on the right day(s)
at the right hour, that UIDs are unique, that content lines are CRLF-ended and at most 75 octets,
and that a leader's events are the agency's (same UIDs) and name that leader. Prints
`N passed, N failed` and exits 1 when a check failed.
"""
import argparse, datetime, os, re, subprocess, sys, tempfile, unicodedata

import icalendar
import recurring_ical_events
import yaml

TZ = "Asia/Ho_Chi_Minh"
# The documented defaults (README, `office_hours:`).
HOURS = {"morning": "07:30-11:30", "afternoon": "13:30-17:00", "evening": "19:00-21:00"}
DEFAULT_MINUTES = 60

passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)
    return ok


def nfc(text):
    return unicodedata.normalize("NFC", str(text).strip())


def span(text):
    a, b = re.split(r"\s*[-–]\s*", text.strip())
    def minutes(t):
        h, m = re.split(r"[:h]", t)
        return int(h) * 60 + int(m or 0)
    return minutes(a), minutes(b)


def expected_time(label, text, hours):
    """(start, end) minutes, or None for an all-day event: the README's table, independently."""
    if "cả ngày" in text.lower() or label is None:
        return None
    words = nfc(label).lower().rstrip(":.")
    clock = re.search(r"(\d{1,2})\s*(?:h|g|:|giờ)\s*(\d{2})?", words)
    if clock:
        start = int(clock.group(1)) * 60 + int(clock.group(2) or 0)
        if (words.startswith("chiều") or words.startswith("tối")) and start < 720:
            start += 720
        return start, start + DEFAULT_MINUTES
    words = words.removeprefix("buổi ")
    part = {"sáng": "morning", "chiều": "afternoon", "tối": "evening"}.get(words)
    return span(hours[part]) if part else None


def agenda_days(sections):
    for section in sections or []:
        yield from ((section.get("agenda") or {}).get("days") or [])
        yield from agenda_days(section.get("sections"))


def day_range(value):
    if isinstance(value, int):
        return value, value
    a, _, b = str(value).partition("-")
    return int(a), int(b or a)


def expected_events(schedule):
    """(first date, last date, summary, (start, end) or None, leader text, unit) for each item and whole-day text."""
    month = schedule.get("month")
    if not month:
        return []
    year, mon = (int(x) for x in str(month).split("-")[:2])
    hours = dict(HOURS, **{k: v for k, v in (schedule.get("office_hours") or {}).items()})
    result = []
    for day in agenda_days(schedule.get("sections")):
        first, last = day_range(day["day"])
        d0, d1 = datetime.date(year, mon, first), datetime.date(year, mon, last)
        if day.get("text"):
            result.append((d0, d1, nfc(day["text"]), None, None, None))
        for item in day.get("items") or []:
            if isinstance(item, str):
                item = {"text": item}
            label = item.get("time")
            result.append((d0, d1, nfc(item["text"]), expected_time(label, nfc(item["text"]), hours),
                           item.get("leader"), item.get("unit")))
    return result


def render(congtac, args, out):
    subprocess.run([congtac, "render", *args, "--output", out], check=True, capture_output=True)


def raw_lines(data):
    check(data.endswith(b"\r\n"), "the file ends with CRLF")
    lines = data.split(b"\r\n")[:-1]
    check(all(b"\n" not in l and b"\r" not in l for l in lines), "every line ends with CRLF")
    check(all(len(l) <= 75 for l in lines), "content lines are at most 75 octets")
    for l in lines:
        l.decode("utf-8")  # a fold inside a UTF-8 sequence would fail here
    return lines


def occurrences(calendar, first, last):
    start = datetime.date(first.year, first.month, 1)
    end = datetime.date(last.year + (last.month == 12), last.month % 12 + 1, 1)
    return recurring_ical_events.of(calendar).between(start, end)


def check_file(congtac, path):
    base = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding="utf-8") as f:
        schedule = yaml.safe_load(f)
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        render(congtac, [path, "--format", "ics"], a)
        render(congtac, [path, "--format", "ics"], b)
        render(congtac, [path, "--format", "ics", "--view", "leader"], a)
        data = open(os.path.join(a, base + ".ics"), "rb").read()
        check(data == open(os.path.join(b, base + ".ics"), "rb").read(), f"{base}: re-rendering gives the same bytes")
        raw_lines(data)
        calendar = icalendar.Calendar.from_ical(data)
        check(calendar.get("VERSION") == "2.0" and calendar.get("METHOD") == "PUBLISH", f"{base}: VERSION, METHOD")
        check(any(tz.get("TZID") == TZ for tz in calendar.walk("VTIMEZONE")), f"{base}: VTIMEZONE {TZ}")
        events = calendar.walk("VEVENT")
        uids = [str(e.get("UID")) for e in events]
        check(len(uids) == len(set(uids)), f"{base}: UIDs unique")
        expected = expected_events(schedule)
        check(len(events) == len(expected), f"{base}: {len(expected)} events expected, {len(events)} found")
        if expected:
            first = min(e[0] for e in expected)
            last = max(e[1] for e in expected)
            found = occurrences(calendar, first, last)
            for d0, d1, summary, time, leader, unit in expected:
                described = [str(e.get("DESCRIPTION", "")) for e in events if str(e.get("SUMMARY")) == summary]
                for part in (unit, leader):
                    if part:
                        check(any(nfc(part) in d for d in described), f"{base}: the description of {summary[:40]} names {nfc(part)}")
                if time is None:
                    ok = any(str(o.get("SUMMARY")) == summary and o.decoded("DTSTART") == d0
                             and o.decoded("DTEND") == d1 + datetime.timedelta(days=1)
                             and not isinstance(o.decoded("DTSTART"), datetime.datetime) for o in found)
                    check(ok, f"{base}: all-day {d0}–{d1} {summary[:50]}")
                    continue
                day = d0
                while day <= d1:
                    def at(o):
                        s = o.decoded("DTSTART")
                        return (isinstance(s, datetime.datetime) and s.date() == day
                                and s.hour * 60 + s.minute == time[0] and str(s.tzinfo) == TZ
                                and s.utcoffset() == datetime.timedelta(hours=7))
                    ok = any(str(o.get("SUMMARY")) == summary and at(o) for o in found)
                    check(ok, f"{base}: {day} {time[0] // 60:02}:{time[0] % 60:02} {summary[:50]}")
                    day += datetime.timedelta(days=1)
        leader_files = sorted(f for f in os.listdir(a) if f.startswith(base + ".lanh-dao-") and f.endswith(".ics"))
        for name in leader_files:
            feed = open(os.path.join(a, name), "rb").read()
            raw_lines(feed)
            leader_events = icalendar.Calendar.from_ical(feed).walk("VEVENT")
            check(len(leader_events) > 0, f"{name}: has events")
            check(all(str(e.get("UID")) in uids for e in leader_events), f"{name}: events keep the agency's UIDs")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--congtac", default=".build/debug/congtac")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    for path in args.files:
        check_file(args.congtac, path)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


main()
