import CongTacCalendar
import CongTacFiles
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

        sweep(months: Array(entries.keys), weeks: weeks, old: old)

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
                writer.group([SiteLink.week(week), SiteLink.week(week, pdf: true)], key: key) {
                    [try pages.renderWeek(week, main: main.schedule, months: schedules, previous: previous, next: next),
                     try renderers.renderWeek(week, main: main.schedule, months: schedules, .pdf, fragment: false)]
                }
            }
        }
        let outcomes = Collected<Outcome>(count: work.count)
        let pieces = work
        DispatchQueue.concurrentPerform(iterations: pieces.count) { outcomes.set($0, pieces[$0]()) }
        var all = outcomes.all

        // What depends on every month, once the months' and weeks' files are in place.
        if !siteMonths.isEmpty { all += aggregates(site: siteMonths, entries: entries, weeks: weeks, writer: writer, generator: generator) }
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

    /// Removes the temporaries a killed run left beside the site's files (`OutputWriter.sweepStaleTemporaries`):
    /// those of the files this run may write and of those the last run wrote.
    func sweep(months: [YearMonth], weeks: [ISOWeek], old: SiteManifest) {
        var paths = Set(old.outputs.keys).union([SiteLink.index, .feed, .sitemap, .agencyCalendar].map(\.path))
        paths.insert(SiteManifest.fileName)
        for month in months {
            paths.formUnion(SiteLink.MonthFile.allCases.map { SiteLink.month(month, $0).path })
            paths.formUnion([SiteManifest.storedPath(month), SiteCalendars.path(month)])
        }
        paths.formUnion(weeks.flatMap { [SiteLink.week($0).path, SiteLink.week($0, pdf: true).path] })
        let byFolder = Dictionary(grouping: paths) { PathNames.folder(of: PathNames.join(site, $0)) }
        for (folder, names) in byFolder {
            OutputWriter.sweepStaleTemporaries(in: folder, names: Set(names.map { PathNames.lastComponent(of: $0) }))
        }
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
