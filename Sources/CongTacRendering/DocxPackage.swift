import Foundation
import ZIPFoundation

/// Zips the parts of a WordprocessingML package deterministically: fixed part order, fixed timestamps.
enum DocxPackage {
    /// Every entry's timestamp: 2000-01-01 00:00 as the ZIP format stores it (local time, no zone),
    /// whatever the machine's time zone.
    static let timestamp: Date = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        return calendar.date(from: DateComponents(year: 2000, month: 1, day: 1, hour: 0, minute: 0))!
    }()

    /// `[Content_Types].xml` first, then the package relationships, then the rest by name.
    static func ordered(_ paths: [String]) -> [String] {
        func rank(_ path: String) -> Int {
            path == "[Content_Types].xml" ? 0 : (path == "_rels/.rels" ? 1 : 2)
        }
        return paths.sorted { (rank($0), $0) < (rank($1), $1) }
    }

    static func zip(_ parts: [String: Data]) throws -> Data {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw RenderError.packaging("\(error)")
        }
        for path in ordered(Array(parts.keys)) {
            let data = parts[path]!
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: timestamp, permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw RenderError.packaging("empty archive") }
        return data
    }
}
