import CongTacCalendar
import CongTacDeflate
import CongTacModel
import CongTacTemplates
import Foundation

/// Renders a schedule to a DOCX package from the `docx/` templates.
///
/// Phases: view model → context (with layout and drawn-line lengths) → every part rendered →
/// every XML part well-formed, by proof for the templates `XMLTemplateProof` covers and by libxml2
/// for the others → zipped deterministically.
public struct DocxRenderer: Sendable {
    let library: TemplateLibrary
    /// The page geometry the templates read (`layout`) and the drawn lines are measured with.
    let geometry = PageGeometry.standard
    static let layoutContext = PageGeometry.standard.docxContext

    /// Folders of the template set that are not parts of the package.
    static let partialsFolder = TemplateBundle.partialsFolder

    public init(templates: TemplateSet = .builtIn) throws {
        library = try TemplateLibrary(templates, prefix: "docx", shape: Self.contextShape, minifyXML: true)
        for required in ["word/document.xml", "[Content_Types].xml", "_rels/.rels"] where !library.names.contains(required) {
            throw RenderError.templateMissing(library.displayPath(required))
        }
        // An agency's set must make a whole package; the built-in one is checked by the tests.
        if !templates.isBuiltIn, let problem = DocxPackageCheck.problems(
            templates.subset("docx"), partials: Self.partialsFolder, displayPath: { templates.displayPath("docx/" + $0) }
        ).first {
            throw problem
        }
        // An agency's sizes must still be the ones the drawn lines are measured with.
        if !templates.isBuiltIn {
            try geometry.checkMeasuredTexts(in: templates.subset("docx"), displayPath: { templates.displayPath("docx/" + $0) })
        }
    }

    public func render(_ schedule: Schedule, holidays: HolidayCalendar? = nil) throws -> Data {
        Data(try renderBytes(schedule, holidays: holidays))
    }

    /// The package's bytes, as `render` gives them, without a copy into `Data`.
    public func renderBytes(_ schedule: Schedule, holidays: HolidayCalendar? = nil) throws -> [UInt8] {
        let view = DocumentView(schedule, holidays: holidays)
        return try render(view, date: schedule.date)
    }

    /// The weekly schedule of `week` (`render --view week`): the same package and templates, whose
    /// `{{#week}}` sections show the week's title and table; see `DocumentView(week:main:months:)`.
    public func renderWeekBytes(_ week: ISOWeek, main: Schedule, months: [YearMonth: Schedule]) throws -> [UInt8] {
        let view = DocumentView(week: week, main: main, months: months)
        let issued = week.monday.adding(days: -3)
        return try render(view, date: DocumentDate(year: issued.year, month: issued.month, day: issued.day))
    }

    /// What the DOCX templates may name, path by path.
    static let contextShape: ValueShape = {
        let renderer = DocxRenderer(unchecked: ())
        return ValueShape(of: renderer.context(.sample, date: DocumentDate(year: 2025, month: 2, day: 3)))
    }()

    private init(unchecked: Void) {
        library = try! TemplateLibrary(TemplateSet(files: [:]), prefix: "docx", shape: ValueShape())
    }

    func context(_ view: DocumentView, date: DocumentDate) -> TemplateValue {
        view.templateContext(extra: [
            "layout": Self.layoutContext,
            "lines": drawnLines(view),
            "created": .string(String(format: "%04d-%02d-%02dT00:00:00Z", date.year, date.month, date.day ?? 1)),
        ])
    }

    func render(_ view: DocumentView, date: DocumentDate) throws -> [UInt8] {
        try DocxPackage.zip(parts(view, date: date))
    }

    /// The package's parts before zipping (for the benchmark's breakdown).
    public func parts(_ schedule: Schedule) throws -> [String: Data] {
        try parts(DocumentView(schedule), date: schedule.date).mapValues { Data($0) }
    }

    /// libxml2's verdict on one rendered part, nil when well-formed: for the fuzz target, which
    /// checks every part that `XMLTemplateProof` let through unparsed.
    public static func wellFormednessProblem(in part: Data) -> String? {
        XMLCheck.problem(in: [UInt8](part)).map { "\($0.line):\($0.column): \($0.message)" }
    }

    /// The deflate engine this process packs with (`Deflater`), for the benchmark's report.
    public static var deflateEngine: String { Deflater.engine.rawValue }

    /// Zips parts as `render` does (for the benchmark's breakdown).
    public static func zip(_ parts: [String: Data]) throws -> Data {
        Data(try DocxPackage.zip(parts.mapValues { [UInt8]($0) }))
    }

    func parts(_ view: DocumentView, date: DocumentDate) throws -> [String: [UInt8]] {
        let context = self.context(view, date: date)
        var parts: [String: [UInt8]] = [:]
        for name in library.names where !name.hasPrefix(Self.partialsFolder) {
            let (bytes, provenWellFormed) = try library.renderChecked(name, context)
            if !provenWellFormed, name.hasSuffix(".xml") || name.hasSuffix(".rels") {
                if let problem = XMLCheck.problem(in: bytes) {
                    throw library.malformedPart(name, context, problem: problem)
                }
            }
            parts[name] = bytes
        }
        return parts
    }

    /// Indents of the drawn lines under the agency's name, the motto and the subject (the summary,
    /// or the title's last line), from the geometry.
    func drawnLines(_ view: DocumentView) -> TemplateValue {
        let indents = geometry.drawnLineIndents(agencyName: view.header.agencyName, motto: view.header.motto,
                                                subject: view.summary ?? view.titleLines.last ?? "")
        return .object(["agency": .int(indents.agency), "motto": .int(indents.motto), "title": .int(indents.title)])
    }
}
