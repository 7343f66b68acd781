import CongTacCalendar
import CongTacFiles
import CongTacLoading
import CongTacMessages
import CongTacModel
import CongTacRendering
import Foundation

/// `render FILE… --view week`: the weekly schedules of the weeks the files cover.
///
/// The files are loaded first and placed by their `month`; a week takes each day from the file of
/// that day's month, so a week across two months needs both. A week with a day of a month that was
/// not given is refused (`week-missing-month`, at the file that has the rest of the week) unless
/// `partial`; a week touching a file with errors is skipped (its errors say why). Each week is
/// written on its own (its formats together), named after the file of its Monday's month:
/// `DIR/<name>-week-2025-W06.docx`, `.html`, `.fragment.html`, `.inline.html`.
struct WeekRenderJob {
    let files: [String]
    let formats: [Render.Format]
    let fragment: Bool
    let inline: Bool
    let output: String?
    let language: Language
    let loader: ScheduleLoader
    let renderers: Renderers
    /// `--week`: only this week.
    let only: ISOWeek?
    let partial: Bool
    var templateFiles: Set<FileIdentity> = []

    init(files: [String], formats: [Render.Format], fragment: Bool, inline: Bool, output: String?, language: Language,
         loader: ScheduleLoader, renderers: Renderers, only: ISOWeek?, partial: Bool) {
        self.files = files
        self.formats = formats
        self.fragment = fragment
        self.inline = inline
        self.output = output
        self.language = language
        self.loader = loader
        self.renderers = renderers
        self.only = only
        self.partial = partial
    }

    /// A file that loaded and has a month.
    struct MonthFile {
        var path: String
        var schedule: Schedule
    }

    /// Prints diagnostics and what was written; false when anything failed.
    func run() -> Bool {
        var failed = false
        var months: [YearMonth: MonthFile] = [:]
        /// Months whose file was given but did not load: weeks touching them are skipped quietly.
        var broken: Set<YearMonth> = []
        var firstFile: [YearMonth: String] = [:]
        let inputs = Set(files.compactMap(FileIdentity.init))
        for file in files {
            let loaded = loader.load(path: file)
            var diagnostics = loaded.diagnostics
            let start = SourceLocation(file: file, line: 1, column: 1)
            if let month = loaded.schedule?.month {
                if let earlier = firstFile[month] {
                    diagnostics.append(Diagnostic(.error, .weekSameMonth(Self.monthText(month), earlier: earlier), language, at: start))
                } else {
                    firstFile[month] = file
                    if let schedule = loaded.renderable {
                        months[month] = MonthFile(path: file, schedule: schedule)
                    } else {
                        broken.insert(month)
                    }
                }
            } else if loaded.renderable != nil {
                diagnostics.append(Diagnostic(.error, .weekNoMonth, language, at: start))
            }
            if diagnostics.contains(where: { $0.severity == .error }) { failed = true }
            Diagnostics.print(diagnostics)
        }

        let weeks: [ISOWeek]
        if let only {
            weeks = [only]
            let given = Set(months.keys).union(broken)
            if !only.days.contains(where: { given.contains(Self.month(of: $0)) }) {
                Diagnostics.print([Diagnostic(.error, .weekNotCovered(Self.weekText(only)), language, at: nil)])
                return false
            }
        } else {
            weeks = Set(months.keys.flatMap { ISOWeek.weeks(ofYear: $0.year, month: $0.month) }).sorted()
        }

        for week in weeks {
            let needed = Self.months(of: week)
            guard needed.allSatisfy({ !broken.contains($0) }) else { continue }
            let present = needed.compactMap { months[$0] }
            guard let main = months[Self.month(of: week.monday)] ?? present.first else { continue }
            if !partial, let missing = needed.first(where: { months[$0] == nil }) {
                Diagnostics.print([Diagnostic(.error, .weekMissingMonth(Self.weekText(week), month: Self.monthText(missing)),
                                              language, at: SourceLocation(file: main.path, line: 1, column: 1))])
                failed = true
                continue
            }
            let schedules = Dictionary(uniqueKeysWithValues: present.map { ($0.schedule.month!, $0.schedule) })
            if !write(week, main: main, schedules: schedules, inputs: inputs) { failed = true }
        }
        return !failed
    }

    /// Renders one week in every format and writes them together.
    private func write(_ week: ISOWeek, main: MonthFile, schedules: [YearMonth: Schedule], inputs: Set<FileIdentity>) -> Bool {
        do {
            var outputs: [(path: String, data: [UInt8])] = []
            for format in formats {
                let bytes = try renderers.renderWeek(week, main: main.schedule, months: schedules, format, fragment: fragment,
                                                     inline: inline)
                outputs.append((outputPath(for: main.path, week: week, format: format), bytes))
            }
            OutputWriter.sweepStaleTemporaries(of: outputs.map(\.path))
            try OutputWriter.writeTogether(outputs, sparing: inputs, templates: templateFiles)
            for (path, _) in outputs { print(Phrase.wrote(path).text(language)) }
            return true
        } catch {
            Diagnostics.print([RenderJob.diagnostic(forRenderOrWrite: error, language)])
            return false
        }
    }

    /// `DIR/<name>-week-2025-W06.docx`, `.html`, `.fragment.html` or `.inline.html`, beside the file unless `--output`.
    func outputPath(for file: String, week: ISOWeek, format: Render.Format) -> String {
        let base = PathNames.deletingExtension(PathNames.lastComponent(of: file)) + "-week-\(week)"
        let name: String
        switch format {
        case .docx: name = base + ".docx"
        case .html: name = base + Render.htmlSuffix(fragment: fragment, inline: inline)
        case .ics: name = base + ".ics"  // refused for --view week by `selectedView`
        case .pdf: name = base + ".pdf"
        }
        if output == nil && !file.contains("/") { return name }
        return PathNames.join(output ?? PathNames.folder(of: file), name)
    }

    static func month(of date: CivilDate) -> YearMonth { YearMonth(year: date.year, month: date.month) }

    /// The months a week's days fall in, in order (one or two).
    static func months(of week: ISOWeek) -> [YearMonth] {
        let first = month(of: week.monday), last = month(of: week.sunday)
        return first == last ? [first] : [first, last]
    }

    /// `02/2025`.
    static func monthText(_ month: YearMonth) -> String { "\(DateLine.day(month.month))/\(month.year)" }

    /// `2025-W05 (27/01–02/02/2025)`.
    static func weekText(_ week: ISOWeek) -> String {
        let (a, b) = (week.monday, week.sunday)
        return "\(week) (\(DateLine.day(a.day))/\(DateLine.day(a.month))" + (a.year == b.year ? "" : "/\(a.year)")
            + "–\(DateLine.day(b.day))/\(DateLine.day(b.month))/\(b.year))"
    }
}
