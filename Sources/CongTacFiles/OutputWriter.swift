import CongTacModel
import Foundation

/// Writes outputs atomically: temporary files in the outputs' folders, then renames, so that a failed
/// or interrupted run leaves the previous outputs as they were.
///
/// The outputs of one input are written together: every temporary first, then every rename, so that a
/// full disk half-way through `--format docx,html` leaves both old files, not a new DOCX beside an old
/// HTML page. A temporary is `.NAME.UUID.tmp` beside NAME, held under `flock` while it exists: SIGINT,
/// SIGTERM and SIGHUP remove those in flight (`InFlightTemporaries`), and a later run removes those
/// that nobody holds any more (a SIGKILL, a power cut) before it writes NAME (`sweepStaleTemporaries`).
public enum OutputWriter {
    public enum Failure: Error {
        /// The file or folder at the path could not be written.
        case notWritable(String, FileProblem)
        /// The output would replace an input file of the run.
        case isInput(String)
        /// The output would replace a file of the run's template set (`--templates`).
        case isTemplate(String)
    }

    /// Writes `data` to `path`.
    public static func write(_ data: [UInt8], to path: String) throws(Failure) {
        try writeTogether([(path, data)])
    }

    /// Writes `data` to `path` so that it survives a power cut once this returns: the temporary is
    /// flushed (`fsync`) before the rename and the folder after it, so the rename is on disk too.
    /// The web workspace's saves: the version it records must name bytes that are really there.
    /// Its temporary is not registered for the CLI's signal handlers (the server's signals belong
    /// to its service lifecycle); the server's start-up sweep removes what a kill left.
    public static func writeDurably(_ data: [UInt8], to path: String) throws(Failure) {
        try writeTogether([(path, data)], durable: true)
    }

    /// Writes every output, or none: on failure the temporaries are removed and the old files stay.
    /// Refuses any output that is a file the run reads (an input or a template, by device and inode,
    /// so a folder reached through a link or a hard link is still that file), then writes them together.
    public static func writeTogether(_ outputs: [(path: String, data: [UInt8])], sparing inputs: Set<FileIdentity>,
                              templates: Set<FileIdentity>) throws(Failure) {
        for (path, _) in outputs {
            guard let identity = FileIdentity(path) else { continue }
            if inputs.contains(identity) { throw .isInput(path) }
            if templates.contains(identity) { throw .isTemplate(path) }
        }
        try writeTogether(outputs)
    }

    public static func writeTogether(_ outputs: [(path: String, data: [UInt8])], durable: Bool = false) throws(Failure) {
        var pending: [Temporary] = []
        do throws(Failure) {
            for (path, data) in outputs {
                pending.append(try Temporary(for: path, registered: !durable))
                try pending[pending.count - 1].write(data)
                if durable, fsync(pending[pending.count - 1].fd) != 0 {
                    throw Failure.notWritable(path, .system(errno))
                }
            }
            TestSeams.holdTemporaries()
            // `rename` would fail half-way on a folder in the way: refuse before the first rename.
            for temporary in pending {
                var info = stat()
                if stat(temporary.destination, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                    throw Failure.notWritable(temporary.destination, .system(EISDIR))
                }
            }
            for index in pending.indices {
                if rename(pending[index].path, pending[index].destination) != 0 {
                    throw Failure.notWritable(pending[index].destination, .system(errno))
                }
                pending[index].renamed = true
            }
            if durable {
                for folder in Set(pending.map { PathNames.folder(of: $0.destination) }) {
                    try syncFolder(folder)
                }
            }
        } catch {
            for temporary in pending { temporary.finish() }
            throw error
        }
        for temporary in pending { temporary.finish() }
    }

    /// One temporary file being written beside its destination.
    private struct Temporary {
        let destination: String
        let path: String
        let fd: Int32
        let slot: Int?
        var renamed = false

        init(for destination: String, registered: Bool) throws(Failure) {
            let folder = PathNames.folder(of: destination)
            let path = PathNames.join(folder, ".\(PathNames.lastComponent(of: destination)).\(UUID().uuidString).tmp")
            // Registered before it exists: a signal between `open` and the registration would leave it.
            let slot = registered ? InFlightTemporaries.register(path) : nil
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                let code = errno
                if let slot { InFlightTemporaries.unregister(slot) }
                throw .notWritable(folder, .system(code))
            }
            // Held until the rename: a sweep by another run leaves a live temporary alone.
            _ = flock(fd, LOCK_EX)
            self.destination = destination
            self.path = path
            self.fd = fd
            self.slot = slot
        }

        func write(_ data: [UInt8]) throws(Failure) {
            var failure: Int32?
            if let injected = TestSeams.failureOfNextWrite() { failure = injected }
            data.withUnsafeBytes { buffer in
                var offset = 0
                while failure == nil, offset < buffer.count {
                    let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += written
                }
            }
            if let failure { throw .notWritable(destination, .system(failure)) }
        }

        /// Removes the temporary unless it became the destination, and forgets it.
        func finish() {
            if !renamed { unlink(path) }
            close(fd)
            if let slot { InFlightTemporaries.unregister(slot) }
        }
    }

    /// Removes `.NAME.UUID.tmp` files in `folder`, for each NAME of `names`, that no live run holds:
    /// what a killed run left. Other files, even of a similar name, are left alone.
    public static func sweepStaleTemporaries(in folder: String, names: Set<String>) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            guard let output = outputName(ofTemporary: name), names.contains(output) else { continue }
            let path = PathNames.join(folder, name)
            let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { continue }
            var info = stat()
            if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, flock(fd, LOCK_EX | LOCK_NB) == 0 {
                unlink(path)
            }
            close(fd)
        }
    }

    /// The same for the outputs at `paths`, folder by folder: for outputs whose names are known only
    /// once rendered (a leader's files, a week's).
    public static func sweepStaleTemporaries(of paths: [String]) {
        for (folder, paths) in Dictionary(grouping: paths, by: PathNames.folder(of:)) {
            sweepStaleTemporaries(in: folder, names: Set(paths.map(PathNames.lastComponent(of:))))
        }
    }

    /// NAME, if `file` is `.NAME.UUID.tmp` exactly as `Temporary` names it (an upper-case UUID).
    public static func outputName(ofTemporary file: String) -> String? {
        let bytes = Array(file.utf8)
        let uuidLength = 36
        // "." NAME "." UUID ".tmp", NAME not empty
        guard bytes.count > 1 + 1 + 1 + uuidLength + 4, bytes.first == UInt8(ascii: "."),
              file.hasSuffix(".tmp") else { return nil }
        let uuidEnd = bytes.count - 4
        let uuidStart = uuidEnd - uuidLength
        guard bytes[uuidStart - 1] == UInt8(ascii: ".") else { return nil }
        for (k, b) in bytes[uuidStart..<uuidEnd].enumerated() {
            let isDashPlace = k == 8 || k == 13 || k == 18 || k == 23
            let ok = isDashPlace ? b == UInt8(ascii: "-")
                : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(b)
            if !ok { return nil }
        }
        return String(decoding: bytes[1..<(uuidStart - 1)], as: UTF8.self)
    }

    /// Flushes a folder's entries (a rename in it) to disk.
    private static func syncFolder(_ folder: String) throws(Failure) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .notWritable(folder, .system(errno)) }
        defer { close(fd) }
        if fsync(fd) != 0 { throw .notWritable(folder, .system(errno)) }
    }

    /// Creates `path` and its missing parents as folders; fails if something else is in the way.
    public static func makeFolder(_ path: String) throws(Failure) {
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { return }
            throw .notWritable(path, .system(ENOTDIR))
        }
        let parent = PathNames.folder(of: path)
        if parent != path, parent != ".", parent != "/" { try makeFolder(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw .notWritable(path, .system(errno)) }
    }
}

/// Hidden switches for the tests of failures that cannot be caused on demand (a disk filling up,
/// a signal half-way through a write). Unset, they cost one `getenv` each per process.
public enum TestSeams {
    /// `CONGTAC_TEST_FAIL_WRITE=N`: the Nth temporary file of the process fails to be written (ENOSPC).
    private static let failingWrite: Int? = getenv("CONGTAC_TEST_FAIL_WRITE").flatMap { Int(String(cString: $0)) }
    /// `CONGTAC_TEST_HOLD_TEMPORARIES=S`: wait S seconds once the temporaries are written, before the renames.
    private static let holdSeconds: UInt32? = getenv("CONGTAC_TEST_HOLD_TEMPORARIES").flatMap { UInt32(String(cString: $0)) }
    private static let counter = Counter()

    /// The error the next write is to fail with, if the seam says so.
    public static func failureOfNextWrite() -> Int32? {
        guard let failingWrite else { return nil }
        return counter.next() == failingWrite ? ENOSPC : nil
    }

    public static func holdTemporaries() {
        if let holdSeconds { sleep(holdSeconds) }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0

        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            count += 1
            return count
        }
    }
}
