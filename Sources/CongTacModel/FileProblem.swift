#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read or written, from the POSIX call that failed: one table of reasons in
/// both languages for every command, instead of Foundation's English `NSCocoaErrorDomain` texts.
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

    /// The reason, for a message that names the file.
    public func text(vietnamese: Bool) -> String {
        vietnamese ? texts.vi : texts.en
    }

    private var texts: (vi: String, en: String) {
        switch self {
        case .notRegular(let kind):
            let what: (vi: String, en: String)
            switch kind {
            case .directory: return ("đây là một thư mục", "it is a directory")
            case .fifo: what = ("ống dẫn (pipe/FIFO)", "a pipe (FIFO)")
            case .characterDevice, .blockDevice: what = ("thiết bị", "a device")
            case .socket: what = ("socket", "a socket")
            case .other: what = ("tệp đặc biệt", "a special file")
            }
            return ("không phải tệp thường (đây là \(what.vi)); hãy cho đường dẫn tới một tệp",
                    "not a regular file (it is \(what.en)); give the path of a file")
        case .system(let code):
            return Self.reasons[code] ?? ("lỗi hệ thống (errno \(code))",
                                          String(cString: strerror(code)) + " (errno \(code))")
        }
    }

    /// The errors a user can meet and act on; the rest are named by their number.
    private static let reasons: [Int32: (vi: String, en: String)] = [
        EACCES: ("không có quyền truy cập", "permission denied"),
        EPERM: ("thao tác không được phép", "operation not permitted"),
        ENOENT: ("không có tệp hoặc thư mục này", "no such file or folder"),
        ENOTDIR: ("một phần của đường dẫn không phải thư mục", "a part of the path is not a folder"),
        EISDIR: ("đây là một thư mục", "it is a directory"),
        EEXIST: ("đã có tệp này", "the file exists"),
        ENOSPC: ("ổ đĩa đã đầy", "no space left on the disk"),
        EDQUOT: ("đã hết hạn mức dung lượng đĩa", "disk quota exceeded"),
        EROFS: ("ổ đĩa chỉ cho đọc", "read-only file system"),
        ENAMETOOLONG: ("tên tệp quá dài", "file name too long"),
        ELOOP: ("liên kết tượng trưng lặp vòng", "too many levels of symbolic links"),
        EMFILE: ("mở quá nhiều tệp cùng lúc", "too many open files"),
        ENFILE: ("hệ thống mở quá nhiều tệp", "too many open files in the system"),
        EIO: ("lỗi đọc/ghi thiết bị", "input/output error"),
        EFBIG: ("tệp quá lớn", "file too large"),
        EBUSY: ("tệp hoặc thiết bị đang bận", "device or resource busy"),
        ETXTBSY: ("tệp đang được dùng", "text file busy"),
        EXDEV: ("không chuyển được giữa hai ổ đĩa", "cross-device link"),
        ENXIO: ("không có thiết bị này", "no such device or address"),
        EAGAIN: ("tạm thời không đọc được (thử lại)", "resource temporarily unavailable"),
        ENOTEMPTY: ("thư mục không rỗng", "directory not empty"),
    ]
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
