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

    static func write(_ data: some ContiguousBytes, to path: String) throws {
        let folder = PathNames.folder(of: path)
        let temporary = PathNames.join(folder, ".\(PathNames.lastComponent(of: path)).\(UUID().uuidString).tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure.notWritable(folder, String(cString: strerror(errno))) }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw Failure.notWritable(path, failure)
        }
    }
}
