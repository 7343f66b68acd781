import CongTacCalendar
import CongTacLoading
import CongTacMessages
import CongTacModel
import CongTacRendering
import Foundation

/// `publish`'s work: load every file, render what changed, write what differs, remember it.
///
/// A month is rendered again only when its schedule's fingerprint, congtac's version or the
/// templates changed (or one of its files is gone); a week when one of its months or its
/// neighbours did. Pages that depend on every month (the index, the leaders, the calendars, the
/// feed, the sitemap) are made each time, and like every output written only when their bytes
/// differ, so that the other files keep their modification time.
///
/// The site keeps each month's schedule as published (`.congtac-site/2025-02.json`, the model as
/// JSON, images included), so that a month published before and not given this time, or given
/// with errors, stays in the site as it was: its pages are not touched, and the calendars, the
/// leaders' pages and the neighbouring weeks' links still hold it. A file with errors writes nothing.
struct SitePublisher {
    let files: [String]
    let site: String
    let base: String?
    let language: Language
    let loader: ScheduleLoader
    let renderers: Renderers
    let pages: SitePageRenderer
    let today: CivilDate
    /// The time a new version of a month is stamped with in the feed (RFC 3339).
    var now: String = SitePublisher.timestamp(Date())
    /// A fingerprint of the template set: a change re-renders everything.
    var templatesKey = ""
    var templateFiles: Set<FileIdentity> = []

    /// A file that loaded, with the fingerprint of what it holds.
    struct Loaded: Sendable {
        var file: String
        var schedule: Schedule
        var hash: String
        /// The schedule as the site stores it (`SiteManifest.stored`).
        var json: [UInt8]
    }

    /// What one piece of work gave, printed in order once all are done.
    struct Outcome: Sendable {
        var diagnostics: [Diagnostic] = []
        var written: [String] = []
        var unchanged = 0
        /// Outputs and the key they now hold; a failed piece records none, so that it is tried again.
        var keys: [String: String] = [:]
        var failed = false
    }

    func run() -> Bool {
        var failed = false
        let old = SiteManifest.read(site: site) ?? SiteManifest()
        let inputs = Set(files.compactMap(FileIdentity.init))

        // Load (every core), then report in the order the files were given.
        let results = Collected<(LoadResult, [UInt8]?)>(count: files.count)
        let loader = self.loader
        let files = self.files
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let result = loader.load(path: files[index])
            results.set(index, (result, result.renderable.map(SiteManifest.json)))
        }
        var loaded: [YearMonth: Loaded] = [:]
        var firstFile: [YearMonth: String] = [:]
        for (file, (result, json)) in zip(files, results.all) {
            var diagnostics = result.diagnostics
            let start = SourceLocation(file: file, line: 1, column: 1)
            if let month = result.schedule?.month {
                if let earlier = firstFile[month] {
                    diagnostics.append(Diagnostic(.error, .weekSameMonth(WeekRenderJob.monthText(month), earlier: earlier),
                                                  language, at: start))
                } else {
                    firstFile[month] = file
                    if let schedule = result.renderable, let json {
                        loaded[month] = Loaded(file: file, schedule: schedule, hash: Self.fingerprint(bytes: json), json: json)
                    }
                }
            } else if result.renderable != nil {
                diagnostics.append(Diagnostic(.error, .weekNoMonth, language, at: start))
            }
            if diagnostics.hasErrors { failed = true }
            Diagnostics.print(diagnostics)
        }

        // The site's months: those published before (kept as they are), and those that loaded now.
        var entries: [YearMonth: SiteManifest.Month] = [:]
        for (name, entry) in old.months { if let month = Self.month(name) { entries[month] = entry } }
        for (month, file) in loaded {
            let view = DocumentView(file.schedule)
            let previous = entries[month]
            entries[month] = SiteManifest.Month(
                file: file.file, hash: file.hash, updated: previous?.hash == file.hash ? previous!.updated : now,
                title: view.plainTitle, summary: file.schedule.summary,
                weeks: ISOWeek.weeks(ofYear: month.year, month: month.month).map(\.description))
        }
        // Every month of the site with its schedule: given now, or as the site stored it.
        var siteMonths = loaded
        for (month, entry) in entries where loaded[month] == nil {
            if let stored = SiteManifest.stored(month, in: self.site) {
                siteMonths[month] = Loaded(file: entry.file, schedule: stored.schedule, hash: entry.hash, json: stored.json)
            }
        }
        let generator = "congtac \(CongTac.configuration.version)|\(templatesKey)"
        let weeks = Set(entries.keys.flatMap { ISOWeek.weeks(ofYear: $0.year, month: $0.month) }).sorted()

        // The months' and the weeks' own files, every core.
        var work: [@Sendable () -> Outcome] = []
        let writer = SiteWriter(site: site, inputs: inputs, templates: templateFiles, old: old, language: language)
        let renderers = self.renderers, pages = self.pages
        for (month, file) in loaded.sorted(by: { $0.key < $1.key }) {
            let key = Self.fingerprint(text: [generator, "month", file.hash])
            work.append { writer.month(month, key: key) { try Self.monthFiles(file.schedule, month: month, renderers) } }
        }
        for (index, week) in weeks.enumerated() {
            let needed = WeekRenderJob.months(of: week).filter { entries[$0] != nil }
            // A month of the site that did not load now (an error, or not given): the week stays as it was.
            guard needed.allSatisfy({ siteMonths[$0] != nil }), let main = siteMonths[WeekRenderJob.month(of: week.monday)] ?? siteMonths[needed[0]]
            else { continue }
            let previous = index > 0 ? weeks[index - 1] : nil, next = index + 1 < weeks.count ? weeks[index + 1] : nil
            let key = Self.fingerprint(text: [generator, "week"] + needed.map { siteMonths[$0]!.hash }
                + [previous?.description ?? "-", next?.description ?? "-"])
            let schedules = Dictionary(uniqueKeysWithValues: needed.map { ($0, siteMonths[$0]!.schedule) })
            work.append {
                writer.group([SiteLink.week(week)], key: key) {
                    [try pages.renderWeek(week, main: main.schedule, months: schedules, previous: previous, next: next)]
                }
            }
        }
        let outcomes = Collected<Outcome>(count: work.count)
        let pieces = work
        DispatchQueue.concurrentPerform(iterations: pieces.count) { outcomes.set($0, pieces[$0]()) }
        var all = outcomes.all

        // What depends on every month, once the months' and weeks' files are in place.
        if !siteMonths.isEmpty { all.append(aggregates(site: siteMonths, entries: entries, weeks: weeks, writer: writer)) }
        // The schedules as published, for the next run.
        all.append(writer.write(loaded.map { (SiteManifest.storedPath($0.key), $0.value.json) }, quiet: true))

        var manifest = SiteManifest(months: Dictionary(uniqueKeysWithValues: entries.map { (SiteLink.monthName($0.key), $0.value) }),
                                    outputs: old.outputs)
        var written = 0, unchanged = 0
        for outcome in all {
            Diagnostics.print(outcome.diagnostics)
            for path in outcome.written { print(Phrase.wrote(path).text(language)) }
            written += outcome.written.count
            unchanged += outcome.unchanged
            if outcome.failed { failed = true }
            manifest.outputs.merge(outcome.keys) { $1 }
        }
        let manifestOutcome = writer.write([(SiteManifest.fileName, manifest.bytes)], quiet: true)
        Diagnostics.print(manifestOutcome.diagnostics)
        if manifestOutcome.failed { failed = true }
        print(Phrase.sitePublished(site, written: written, unchanged: unchanged).text(language))
        return !failed
    }

    /// The month's page, its downloads and its fragments.
    static func monthFiles(_ schedule: Schedule, month: YearMonth, _ renderers: Renderers) throws -> [[UInt8]] {
        let fragment = try renderers.render(schedule, .html, fragment: true)
        return try SiteLink.MonthFile.allCases.map { file in
            switch file {
            case .page: try renderers.render(schedule, .html, fragment: false)
            case .docx: try renderers.render(schedule, .docx, fragment: false)
            case .pdf: try renderers.render(schedule, .pdf, fragment: false)
            case .fragment: fragment
            case .inline: try renderers.html!.inline(fragment)
            }
        }
    }

    /// The leaders' pages and calendars, the agency's calendar, the index, the feed and the sitemap.
    private func aggregates(site: [YearMonth: Loaded], entries: [YearMonth: SiteManifest.Month], weeks: [ISOWeek],
                            writer: SiteWriter) -> Outcome {
        var outcome = Outcome()
        var calendarParts: [(String, [UInt8])] = []
        let newestFirst = site.sorted { $0.key > $1.key }.map(\.value.schedule)
        let agency = newestFirst[0].agency
        do {
            var files: [(String, [UInt8])] = []
            // Each leader once, by slug, named as the newest month names them.
            var leaders: [(slug: String, leader: Leader)] = []
            var seen: Set<String> = []
            for schedule in newestFirst {
                for leader in schedule.namedLeaders where seen.insert(leader.slug).inserted {
                    leaders.append((leader.slug, leader))
                }
            }
            // Each month's part of every calendar: kept from the last run when the month did not change (every core).
            let oldestFirst = site.sorted { $0.key < $1.key }
            let calendar = renderers.calendar, folder = self.site, people = leaders.map(\.leader)
            let computed = Collected<SiteCalendars>(count: oldestFirst.count)
            DispatchQueue.concurrentPerform(iterations: oldestFirst.count) { index in
                let (month, file) = oldestFirst[index]
                computed.set(index, SiteCalendars.blocks(month, schedule: file.schedule, hash: file.hash, leaders: people,
                                                         site: folder, calendar: calendar))
            }
            let parts = computed.all
            // The leaders' pages, every core: each reads every month.
            let pages = self.pages, everyone = leaders
            let rendered = Collected<Result<[UInt8], Error>>(count: everyone.count)
            DispatchQueue.concurrentPerform(iterations: everyone.count) { index in
                rendered.set(index, Result { try pages.renderLeader(everyone[index].leader, slug: everyone[index].slug, schedules: newestFirst) })
            }
            for ((slug, leader), page) in zip(leaders, rendered.all) {
                files.append((SiteLink.leader(slug: slug).path, try page.get()))
                let key = SiteCalendars.key(leader)
                files.append((SiteLink.leader(slug: slug, calendar: true).path,
                              calendar.render(blocks: parts.map { Array(($0.blocks[key] ?? "").utf8) },
                                              name: Phrase.leaderSchedule(leader.displayName).vi)))
            }
            files.append((SiteLink.agencyCalendar.path,
                          calendar.render(blocks: parts.map { Array(($0.blocks[""] ?? "").utf8) },
                                          name: Phrase.calendarName(agency: agency.name, month: nil).vi)))
            calendarParts = zip(oldestFirst, parts).map { (SiteCalendars.path($0.0.key), $0.1.bytes) }

            let published = weeks.filter { writer.exists(SiteLink.week($0)) }
            let months = entries.keys.sorted(by: >).filter { writer.exists(SiteLink.month($0)) }
            let thisWeek = published.first { $0 == ISOWeek(containing: today) }
            let index = SiteView.Index(
                agency: agency.name, current: thisWeek ?? published.last,
                programmes: months.map { month in
                    SiteView.Programme(month: month, title: entries[month]!.title,
                                       weeks: ISOWeek.weeks(ofYear: month.year, month: month.month).filter(published.contains))
                },
                leaders: leaders.map { SiteView.LeaderEntry(slug: $0.slug, name: $0.leader.displayName) },
                currentIsToday: thisWeek != nil)
            files.append((SiteLink.index.path, try pages.renderIndex(index)))
            files.append((SiteLink.feed.path, SiteFeeds.atom(
                agency: agency, entries: months.map { SiteFeeds.Entry(month: $0, title: entries[$0]!.title,
                                                                      summary: entries[$0]!.summary, updated: entries[$0]!.updated) },
                base: base)))
            let sitemap = [SiteLink.index] + months.map { SiteLink.month($0) } + published.reversed().map(SiteLink.week)
                + leaders.map { SiteLink.leader(slug: $0.slug) }
            files.append((SiteLink.sitemap.path, SiteFeeds.sitemap(sitemap, base: base)))
            outcome = writer.write(files)
            let kept = writer.write(calendarParts, quiet: true)
            outcome.diagnostics += kept.diagnostics
            outcome.failed = outcome.failed || kept.failed
        } catch {
            outcome.diagnostics.append(RenderJob.diagnostic(forRenderOrWrite: error, language))
            outcome.failed = true
        }
        return outcome
    }

    /// `2025-02` → February 2025.
    static func month(_ name: String) -> YearMonth? {
        let parts = name.split(separator: "-").map { Int($0) }
        guard parts.count == 2, let year = parts[0], let month = parts[1], (1...12).contains(month) else { return nil }
        return YearMonth(year: year, month: month)
    }

    static func fingerprint(text parts: [String]) -> String {
        fingerprint(bytes: Array(parts.joined(separator: "\u{0}").utf8))
    }

    /// `bytes` (a schedule's JSON: what it holds, images included) as 32 hex digits, two FNV-1a
    /// lanes. Not a security hash: it only tells that a month changed.
    static func fingerprint(bytes: [UInt8]) -> String {
        var a: UInt64 = 0xCBF2_9CE4_8422_2325, b: UInt64 = 0x8422_2325_CBF2_9CE4
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte ^ 0x5A)) &* 0x0000_0100_0000_01B3
        }
        func hex(_ n: UInt64) -> String {
            let s = String(n, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return hex(a) + hex(b)
    }

    /// `2025-02-17T03:04:05Z`.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970)
        let day = CivilDate(year: 1970, month: 1, day: 1).adding(days: seconds / 86400)
        let s = seconds % 86400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day)T\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))Z"
    }
}

/// Writes a site's files: skips those whose key is unchanged, writes only bytes that differ.
struct SiteWriter: Sendable {
    let site: String
    let inputs: Set<FileIdentity>
    let templates: Set<FileIdentity>
    let old: SiteManifest
    let language: Language

    func path(_ link: SiteLink) -> String { PathNames.join(site, link.path) }

    func exists(_ link: SiteLink) -> Bool { FileManager.default.fileExists(atPath: path(link)) }

    /// The month's files, made by `render` unless the manifest says they were made with `key` and are all there.
    func month(_ month: YearMonth, key: String, render: () throws -> [[UInt8]]) -> SitePublisher.Outcome {
        group(SiteLink.MonthFile.allCases.map { SiteLink.month(month, $0) }, key: key, render: render)
    }

    func group(_ links: [SiteLink], key: String, render: () throws -> [[UInt8]]) -> SitePublisher.Outcome {
        if links.allSatisfy({ old.outputs[$0.path] == key && exists($0) }) {
            var outcome = SitePublisher.Outcome()
            outcome.unchanged = links.count
            return outcome
        }
        do {
            var outcome = write(Array(zip(links.map(\.path), try render())))
            if !outcome.failed { for link in links { outcome.keys[link.path] = key } }
            return outcome
        } catch {
            var outcome = SitePublisher.Outcome()
            outcome.diagnostics.append(RenderJob.diagnostic(forRenderOrWrite: error, language))
            outcome.failed = true
            return outcome
        }
    }

    /// Writes together those of `files` (paths in the site) whose bytes differ from the file there;
    /// `quiet`: not counted nor listed (the site's own records).
    func write(_ files: [(String, [UInt8])], quiet: Bool = false) -> SitePublisher.Outcome {
        var outcome = SitePublisher.Outcome()
        var changed: [(path: String, data: [UInt8])] = []
        for (name, bytes) in files {
            let full = PathNames.join(site, name)
            if let existing = FileManager.default.contents(atPath: full), existing.count == bytes.count, bytes.isEmpty
                || existing.withUnsafeBytes({ a in bytes.withUnsafeBytes { b in memcmp(a.baseAddress!, b.baseAddress!, bytes.count) == 0 } }) {
                outcome.unchanged += 1
            } else {
                changed.append((full, bytes))
            }
        }
        do {
            try OutputWriter.writeTogether(changed, sparing: inputs, templates: templates)
            outcome.written = quiet ? [] : changed.map(\.path)
            if quiet { outcome.unchanged = 0 }
        } catch {
            outcome.diagnostics.append(RenderJob.diagnostic(for: error, language))
            outcome.failed = true
        }
        return outcome
    }
}

/// Results filled in from several threads, read once all are done.
final class Collected<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    var all: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return values.map { $0! }
    }
}
