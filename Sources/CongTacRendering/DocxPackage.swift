import CongTacDeflate
import Foundation

/// Zips the parts of a WordprocessingML package deterministically: fixed part order, fixed timestamps.
enum DocxPackage {
    /// `[Content_Types].xml` first, then the package relationships, then the rest by name.
    static func ordered(_ paths: [String]) -> [String] {
        func rank(_ path: String) -> Int {
            path == "[Content_Types].xml" ? 0 : (path == "_rels/.rels" ? 1 : 2)
        }
        return paths.sorted { (rank($0), $0) < (rank($1), $1) }
    }

    static func zip(_ parts: [String: [UInt8]], engine: Deflater.Engine? = nil) throws -> [UInt8] {
        try ZipWriter.archive(ordered(Array(parts.keys)).map { ZipWriter.Entry(path: $0, data: parts[$0]!) },
                              engine: engine)
    }
}
