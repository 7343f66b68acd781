import CongTacFiles
import CongTacLoading
import CongTacModel
import Foundation

/// The folder of month files the server works on.
///
/// A month's file is any `*.yaml` at the top of the folder whose top-level `month:` says that
/// month, so `--workspace examples` works on files named as a clerk named them. The folder is
/// scanned at each request (a few dozen files): a file added, moved or edited by hand is seen at
/// once, and no name a request sends is ever joined to the folder's path.
public struct Workspace: Sendable {
    public let folder: String
    /// Files over this size are not month files (the loader's own limit is larger; a schedule is ~50 KiB).
    static let maxFileBytes = 4 << 20

    public init(folder: String) {
        self.folder = folder
    }

    /// Where a month stands on disk.
    public enum Location: Sendable, Equatable {
        case missing
        case file(String)
        /// Two or more files claim the month: saves are refused until one is moved.
        case conflict([String])
    }

    /// Every month and its files, by name.
    public func scan() -> [MonthID: [String]] {
        var months: [MonthID: [String]] = [:]
        for name in yamlFiles() {
            guard let bytes = read(name), let month = Self.declaredMonth(bytes) else { continue }
            months[month, default: []].append(name)
        }
        return months.mapValues { $0.sorted() }
    }

    public func locate(_ month: MonthID) -> Location {
        let names = scan()[month] ?? []
        switch names.count {
        case 0: return .missing
        case 1: return .file(names[0])
        default: return .conflict(names)
        }
    }

    public func path(of name: String) -> String { PathNames.join(folder, name) }

    /// The bytes of the file `name` (a name from `scan`), or nil if it cannot be read.
    public func read(_ name: String) -> [UInt8]? {
        let fd = open(path(of: name), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= Self.maxFileBytes else { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > Self.maxFileBytes { return nil }
        }
        return bytes
    }

    /// The modification time of `name`.
    public func modified(_ name: String) -> Date? {
        var info = stat()
        guard lstat(path(of: name), &info) == 0 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec) + TimeInterval(info.st_mtim.tv_nsec) / 1e9)
    }

    /// The visible `*.yaml` regular files at the top of the folder.
    func yamlFiles() -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            guard !name.hasPrefix("."), name.lowercased().hasSuffix(".yaml") else { continue }
            var info = stat()
            guard lstat(path(of: name), &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            names.append(name)
        }
        return names
    }

    /// The month a file says at its top level (`month: 2025-02`, quoted or not), read from the text
    /// so that a file that fails its check is still listed under its month.
    static func declaredMonth(_ bytes: [UInt8]) -> MonthID? {
        let text = String(decoding: bytes.prefix(1 << 20), as: UTF8.self)
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            guard line.hasPrefix("month:") || line.hasPrefix("\"month\":") else { continue }
            var value = line.drop { $0 != ":" }.dropFirst()
            if let hash = value.firstIndex(of: "#") { value = value[..<hash] }
            let trimmed = value.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"',"))
            if let month = MonthID(trimmed) { return month }
        }
        return nil
    }
}
