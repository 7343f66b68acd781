import CongTacFiles
import CongTacLoading
import CongTacMessages
import CongTacModel
import CongTacRendering
import Foundation
import HummingbirdBcrypt

/// What every route shares: the workspace folder, its database, the month locks, the login
/// throttle and the renderers (built once from the built-in templates).
public final class ServerState: Sendable {
    public let workspace: Workspace
    public let database: WorkspaceDatabase
    public let settings: ServerSettings
    public let language: Language
    let locks = MonthLocks()
    let throttle: LoginThrottle
    let passwords: Passwords
    /// A hash no password matches, verified for unknown user names so that their logins take as long.
    let decoyHash: String
    let loader: ScheduleLoader
    let renderers: DocumentRenderers

    public init(workspace: Workspace, database: WorkspaceDatabase, settings: ServerSettings = ServerSettings(),
                language: Language = .vi) throws {
        self.workspace = workspace
        self.database = database
        self.settings = settings
        self.language = language
        throttle = LoginThrottle(limit: settings.maxFailedLogins, window: settings.throttleWindow)
        passwords = Passwords(cost: settings.bcryptCost)
        decoyHash = Passwords(cost: settings.bcryptCost).hashNow(Tokens.random())
        loader = ScheduleLoader(language: language)
        renderers = try DocumentRenderers()
    }

    /// Opens the workspace at `folder` with its database.
    public convenience init(folder: String, settings: ServerSettings = ServerSettings(), language: Language = .vi) throws {
        try self.init(workspace: Workspace(folder: folder), database: WorkspaceDatabase(workspace: folder),
                      settings: settings, language: language)
    }

    /// What start-up did, for the command to print.
    public struct StartReport: Sendable {
        /// The account made on a first start, with its password (shown once).
        public var firstAccount: (name: String, password: String)?
        /// Months whose file differed from their last recorded version: a `disk` version was recorded.
        public var diskVersions: [MonthID] = []
    }

    /// First start: the office account `vanthu`. Every start: old sessions purged, temporaries a
    /// killed save left removed, and a `disk` version for each month whose file is not its last
    /// recorded version (a hand edit, or a crash between the file's rename and the version's commit).
    public func start() async throws -> StartReport {
        var report = StartReport()
        if try database.users().isEmpty {
            let password = Passwords.random()
            _ = try database.addUser(User(name: "vanthu", role: .office), passwordHash: await passwords.hash(password))
            report.firstAccount = ("vanthu", password)
        }
        try database.purgeSessions(before: Date().addingTimeInterval(-settings.absoluteTimeout))
        // Also those of a new month's file that a kill left before its first rename.
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: workspace.folder)) ?? []
        let outputs = entries.compactMap(OutputWriter.outputName(ofTemporary:)).filter { $0.lowercased().hasSuffix(".yaml") }
        OutputWriter.sweepStaleTemporaries(in: workspace.folder, names: Set(outputs))
        for (month, names) in workspace.scan().sorted(by: { $0.key < $1.key }) where names.count == 1 {
            let changed = try await locks.withLock(month.description) { [self] in
                guard let bytes = workspace.read(names[0]) else { return false }
                // A month seen for the first time gets its first version quietly.
                let known = try database.lastVersion(of: month) != nil
                return try recordDiskVersionIfChanged(month, bytes: bytes) && known
            }
            if changed { report.diskVersions.append(month) }
        }
        return report
    }

    /// Records the file's bytes as a `disk` version when they are not the month's last version.
    /// Called under the month's lock.
    @discardableResult
    func recordDiskVersionIfChanged(_ month: MonthID, bytes: [UInt8]) throws -> Bool {
        let etag = ETag.of(bytes)
        if try database.lastVersion(of: month)?.etag == etag { return false }
        try database.recordVersion(month: month, author: nil, kind: .disk,
                                   source: String(decoding: bytes, as: UTF8.self), etag: etag)
        return true
    }
}

extension Passwords {
    /// Synchronously, for the decoy made at start-up.
    func hashNow(_ password: String) -> String {
        Bcrypt.hash(password, cost: cost)
    }
}
