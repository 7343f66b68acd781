import Foundation

/// Writes outputs atomically: a temporary file in the same folder, then a rename, so that a failed
/// or interrupted run leaves the previous output as it was.
enum OutputWriter {
    enum Failure: Error, CustomStringConvertible {
        case notWritable(String, String)
        case isInput(String)

        var description: String {
            switch self {
            case let .notWritable(path, reason): return "\(path): \(reason)"
            case let .isInput(path): return "\(path)"
            }
        }
    }

    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw Failure.notWritable(folder.path, "cannot create a file here")
        }
        do {
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                throw Failure.notWritable(url.path, reason)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
