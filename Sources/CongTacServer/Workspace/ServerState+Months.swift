import CongTacCalendar
import CongTacFiles
import CongTacLoading
import CongTacMessages
import CongTacModel
import Foundation

/// A month's file as read for one request: its bytes, their ETag, and what the loader made of them.
struct MonthSnapshot: Sendable {
    var month: MonthID
    var name: String
    var bytes: [UInt8]
    var etag: String
    var result: LoadResult

    var schedule: Schedule? { result.renderable }
    var source: String { String(decoding: bytes, as: UTF8.self) }
}

extension ServerState {
    /// The month's only file, or 404 / 409.
    func fileName(_ month: MonthID) throws(APIError) -> String {
        switch workspace.locate(month) {
        case .missing: throw .noMonth(month)
        case .conflict(let names): throw .conflict(month, names)
        case .file(let name): return name
        }
    }

    func snapshot(_ month: MonthID) throws(APIError) -> MonthSnapshot {
        let name = try fileName(month)
        guard let bytes = workspace.read(name) else { throw .noMonth(month) }
        return snapshot(month, name: name, bytes: bytes)
    }

    func snapshot(_ month: MonthID, name: String, bytes: [UInt8]) -> MonthSnapshot {
        let result = loader.load(data: Data(bytes), name: workspace.path(of: name))
        return MonthSnapshot(month: month, name: name, bytes: bytes, etag: ETag.of(bytes), result: result)
    }

    /// The saved month, which must pass its check (for documents, previews, accepting).
    func validSchedule(_ month: MonthID) throws(APIError) -> (MonthSnapshot, Schedule) {
        let snapshot = try snapshot(month)
        guard let schedule = snapshot.schedule else {
            throw APIError(.conflict, "file-invalid", .serverFileInvalid, diagnostics: snapshot.result.diagnostics)
        }
        return (snapshot, schedule)
    }

    /// A schedule the client sent (JSON in the file format), loaded exactly as `congtac check`
    /// loads a `.json` file, except that no message cites a line of it (the clerk never sees those
    /// lines: "… ngày 3 (dòng 36)" named a line of what the page sent); images are found beside the
    /// month files.
    func loadDraft(_ body: [UInt8], month: MonthID) -> LoadResult {
        var loader = loader
        loader.citesOtherLines = false
        return loader.load(data: Data(body), name: workspace.path(of: "\(month).json"))
    }

    /// A draft that passes its check and says `month`; 422 otherwise.
    func validDraft(_ body: [UInt8], month: MonthID) throws(APIError) -> (Schedule, [Diagnostic]) {
        let result = loadDraft(body, month: month)
        guard let schedule = result.renderable else { throw .invalid(result.diagnostics) }
        if let said = schedule.month, said != month.yearMonth {
            let diagnostic = Diagnostic(.error, .monthMismatch(url: month.description, body: MonthID(said).description), language,
                                        at: nil)
            throw .invalid([diagnostic] + result.diagnostics)
        }
        return (schedule, result.diagnostics)
    }

    /// Writes `text` as the month's file `name` and records it as a version: the file first (durably),
    /// then the version's commit. Called under the month's lock, with the bytes the caller compared.
    func commit(_ month: MonthID, name: String, previous: [UInt8]?, text: String, author: String,
                kind: VersionKind) throws(APIError) -> (etag: String, version: Int) {
        let bytes = Array(text.utf8)
        do {
            // A hand edit since the last version stays in the history before it is replaced.
            if let previous { try recordDiskVersionIfChanged(month, bytes: previous) }
        } catch {
            throw .internalError
        }
        do {
            try OutputWriter.writeDurably(bytes, to: workspace.path(of: name))
        } catch {
            throw .writeFailed
        }
        let etag = ETag.of(bytes)
        do {
            let version = try database.recordVersion(month: month, author: author, kind: kind, source: text, etag: etag)
            return (etag, version)
        } catch {
            // The file is written; the next start-up records it as a `disk` version.
            throw .internalError
        }
    }

    /// PUT: the editor's save.
    func save(_ month: MonthID, body: [UInt8], ifMatch: String, user: User) async throws -> (etag: String, version: Int, warnings: [Diagnostic]) {
        try await locks.withLock(month.description) { [self] in
            let current = try snapshot(month)
            guard ETag.matches(ifMatch, current.etag) else { throw stale(current.etag) }
            let (schedule, diagnostics) = try validDraft(body, month: month)
            let text = ScheduleWriter().text(schedule)
            let (etag, version) = try commit(month, name: current.name, previous: current.bytes, text: text, author: user.name, kind: .save)
            return (etag, version, diagnostics.filter { $0.severity == .warning })
        }
    }

    func stale(_ etag: String) -> APIError {
        var error = APIError.stale
        error.etag = etag
        return error
    }

    /// POST /api/months: a new month's file as `congtac new` makes it, from the previous month's
    /// file when `from` is given.
    func create(_ month: MonthID, from: MonthID?, user: User) async throws -> (name: String, etag: String, version: Int) {
        var previous: Schedule?
        if let from {
            previous = try validSchedule(from).1
        }
        let draft = ScheduleDraft(month: month.yearMonth, previous: previous, holidays: previous?.holidays ?? HolidayCalendar())
        let text = draft.text()
        let name = "\(month).yaml"
        return try await locks.withLock(month.description) { [self] in
            guard case .missing = workspace.locate(month) else { throw APIError(.conflict, "month-exists", .serverMonthExists(month.description)) }
            // A file of that name that says another month (or none) is not replaced.
            if FileManager.default.fileExists(atPath: workspace.path(of: name)) {
                throw APIError(.conflict, "month-exists", .serverMonthExists(month.description))
            }
            let check = loader.load(data: Data(text.utf8), name: workspace.path(of: name))
            if check.diagnostics.hasErrors { throw APIError.invalid(check.diagnostics) }
            let (etag, version) = try commit(month, name: name, previous: nil, text: text, author: user.name, kind: .create)
            return (name, etag, version)
        }
    }

    /// History: writes version `number`'s text back as a new version.
    func restore(_ month: MonthID, version number: Int, ifMatch: String, user: User) async throws -> (etag: String, version: Int) {
        try await locks.withLock(month.description) { [self] in
            guard let old = try database.version(number, of: month) else { throw APIError(.notFound, "no-version", .serverNoVersion) }
            let current = try snapshot(month)
            guard ETag.matches(ifMatch, current.etag) else { throw stale(current.etag) }
            _ = try validDraftYAML(old.source, month: month)
            return try commit(month, name: current.name, previous: current.bytes, text: old.source, author: user.name, kind: .restore)
        }
    }

    /// A YAML text (an old version) that passes its check and says `month`.
    func validDraftYAML(_ text: String, month: MonthID) throws(APIError) -> Schedule {
        let result = loader.load(data: Data(text.utf8), name: workspace.path(of: "\(month).yaml"))
        guard let schedule = result.renderable else { throw .invalid(result.diagnostics) }
        if let said = schedule.month, said != month.yearMonth {
            throw .invalid([Diagnostic(.error, .monthMismatch(url: month.description, body: MonthID(said).description), language, at: nil)])
        }
        return schedule
    }
}
