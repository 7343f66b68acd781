import Foundation

/// One writer of a folder at a time: an exclusive `flock` on a file in it, taken without waiting and
/// held while the value lives. The system releases it when the process ends, however it ends, so a
/// killed run never leaves a stale lock behind (unlike a lock file that exists or not).
public final class FolderLock: Sendable {
    private let fd: Int32

    private init(fd: Int32) {
        self.fd = fd
    }

    deinit {
        close(fd)
    }

    /// Takes the lock on `path` (created if missing, with `note` in it: what the file is, for whoever
    /// finds it), or nil if another process holds it.
    public static func take(_ path: String, note: String) throws(OutputWriter.Failure) -> FolderLock? {
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .notWritable(path, .system(errno)) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw .notWritable(path, .system(EISDIR))
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let problem = errno
            close(fd)
            if problem == EWOULDBLOCK { return nil }
            throw .notWritable(path, .system(problem))
        }
        if info.st_size == 0 {
            // Written once: later runs leave the file (and its time) as it is.
            let bytes = Array(note.utf8)
            let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if written != bytes.count {
                let problem = written < 0 ? errno : ENOSPC
                close(fd)
                throw .notWritable(path, .system(problem))
            }
        }
        return FolderLock(fd: fd)
    }
}
