#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CongTacModel

/// Why a file could not be read or written: one table of POSIX reasons for every command.
extension Phrase {
    public static func fileProblem(_ problem: FileProblem) -> Phrase {
        switch problem {
        case .notRegular(let kind):
            let what: Phrase
            switch kind {
            case .directory: return Phrase(vi: "đây là một thư mục", en: "it is a directory")
            case .fifo: what = Phrase(vi: "ống dẫn (pipe/FIFO)", en: "a pipe (FIFO)")
            case .characterDevice, .blockDevice: what = Phrase(vi: "thiết bị", en: "a device")
            case .socket: what = Phrase(vi: "socket", en: "a socket")
            case .other: what = Phrase(vi: "tệp đặc biệt", en: "a special file")
            }
            return Phrase(vi: "không phải tệp thường (đây là \(what.vi)); hãy cho đường dẫn tới một tệp",
                          en: "not a regular file (it is \(what.en)); give the path of a file")
        case .system(let code):
            return systemReasons[code] ?? Phrase(vi: "lỗi hệ thống (errno \(code))",
                                                 en: String(cString: strerror(code)) + " (errno \(code))")
        }
    }
}

/// The errors a user can meet and act on; the rest are named by their number.
private let systemReasons: [Int32: Phrase] = [
    EACCES: Phrase(vi: "không có quyền truy cập", en: "permission denied"),
    EPERM: Phrase(vi: "thao tác không được phép", en: "operation not permitted"),
    ENOENT: Phrase(vi: "không có tệp hoặc thư mục này", en: "no such file or folder"),
    ENOTDIR: Phrase(vi: "một phần của đường dẫn không phải thư mục", en: "a part of the path is not a folder"),
    EISDIR: Phrase(vi: "đây là một thư mục", en: "it is a directory"),
    EEXIST: Phrase(vi: "đã có tệp này", en: "the file exists"),
    ENOSPC: Phrase(vi: "ổ đĩa đã đầy", en: "no space left on the disk"),
    EDQUOT: Phrase(vi: "đã hết hạn mức dung lượng đĩa", en: "disk quota exceeded"),
    EROFS: Phrase(vi: "ổ đĩa chỉ cho đọc", en: "read-only file system"),
    ENAMETOOLONG: Phrase(vi: "tên tệp quá dài", en: "file name too long"),
    ELOOP: Phrase(vi: "liên kết tượng trưng lặp vòng", en: "too many levels of symbolic links"),
    EMFILE: Phrase(vi: "mở quá nhiều tệp cùng lúc", en: "too many open files"),
    ENFILE: Phrase(vi: "hệ thống mở quá nhiều tệp", en: "too many open files in the system"),
    EIO: Phrase(vi: "lỗi đọc/ghi thiết bị", en: "input/output error"),
    EFBIG: Phrase(vi: "tệp quá lớn", en: "file too large"),
    EBUSY: Phrase(vi: "tệp hoặc thiết bị đang bận", en: "device or resource busy"),
    ETXTBSY: Phrase(vi: "tệp đang được dùng", en: "text file busy"),
    EXDEV: Phrase(vi: "không chuyển được giữa hai ổ đĩa", en: "cross-device link"),
    ENXIO: Phrase(vi: "không có thiết bị này", en: "no such device or address"),
    EAGAIN: Phrase(vi: "tạm thời không đọc được (thử lại)", en: "resource temporarily unavailable"),
    ENOTEMPTY: Phrase(vi: "thư mục không rỗng", en: "directory not empty"),
]
