#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read or written, from the POSIX call that failed. Its words, in both
/// languages, are the catalog's (`Phrase.fileProblem`), instead of Foundation's English
/// `NSCocoaErrorDomain` texts.
public enum FileProblem: Error, Sendable, Equatable {
    /// `errno` of the call that failed.
    case system(Int32)
    /// The path names something that is not a regular file (a folder, a pipe, a device, a socket).
    case notRegular(FileKind)

    /// What a path names, when it is not a regular file.
    public enum FileKind: Sendable, Equatable {
        case directory, fifo, characterDevice, blockDevice, socket, other

        init(mode: mode_t) {
            switch mode & S_IFMT {
            case S_IFDIR: self = .directory
            case S_IFIFO: self = .fifo
            case S_IFCHR: self = .characterDevice
            case S_IFBLK: self = .blockDevice
            case S_IFSOCK: self = .socket
            default: self = .other
            }
        }
    }
}

/// Opening a file to read without following it into a hang: a FIFO with no writer would block
/// `open` for ever, so it is opened with `O_NONBLOCK` and refused by `fstat`.
public enum RegularFile {
    /// An open descriptor of the regular file at `path`, and its size; the caller closes it.
    public static func openForReading(_ path: String) throws(FileProblem) -> (fd: Int32, size: Int) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw .system(errno) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw .system(code)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw .notRegular(FileProblem.FileKind(mode: info.st_mode))
        }
        return (fd, Int(info.st_size))
    }

    /// The whole regular file at `path`.
    public static func contents(of path: String) throws(FileProblem) -> [UInt8] {
        let (fd, size) = try openForReading(path)
        defer { close(fd) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size + 1)
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .system(errno)
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }
}
