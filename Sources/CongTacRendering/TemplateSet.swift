import CongTacModel
import CongTacTemplates
import Foundation

/// A set of template files by relative path (`docx/word/document.xml`, `html/page.html`, …): the
/// built-in set carried in the binary, or an agency's own folder.
public struct TemplateSet: Sendable {
    public var files: [String: String]
    /// Where the files came from, for messages (`nil` for the built-in set).
    public var directory: String?

    public init(files: [String: String], directory: String? = nil) {
        self.files = files
        self.directory = directory
    }

    /// The templates built into congtac.
    public static let builtIn = TemplateSet(files: EmbeddedTemplates.files)

    /// Whether these are the built-in templates, unchanged: the tests check them, instead of every
    /// start. (The same storage compares equal at once.)
    var isBuiltIn: Bool { directory == nil && files == EmbeddedTemplates.files }

    /// Reads every file under `directory` (as exported by `congtac templates export`). `directory`
    /// may itself be a link; a link inside it must stay inside it (a partial linked to
    /// `/etc/passwd` is refused), a folder that cannot be listed is an error rather than a set with
    /// files missing, and no file may pass `TemplateLimits.fileSize`.
    public init(directory: String) throws {
        // An empty path would mean the working folder: refused like a missing one.
        guard !directory.isEmpty else { throw RenderError.templateDirectoryMissing(directory) }
        let shown = URL(fileURLWithPath: directory).standardizedFileURL
        let base = shown.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RenderError.templateDirectoryMissing(directory)
        }
        var unlisted: String?
        let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey, .isSymbolicLinkKey, .fileSizeKey]
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: keys) { url, _ in
            unlisted = unlisted ?? url.path
            return false
        }
        var files: [String: String] = [:]
        while let url = enumerator?.nextObject() as? URL {
            let relative = String(url.standardizedFileURL.path.dropFirst(base.path.count + 1))
            // Fonts always come from the built-in set; an exported copy is there for reference.
            if relative.hasPrefix("fonts/") || url.lastPathComponent == ".DS_Store" { continue }
            let target = url.resolvingSymlinksInPath().standardizedFileURL
            let place = shown.appendingPathComponent(relative).path
            if (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]).isSymbolicLink) == true,
               !target.path.hasPrefix(base.path + "/") {
                throw RenderError.templateOutsideFolder(place)
            }
            let values = try? target.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey, .fileSizeKey])
            if values?.isDirectory == true, !FileManager.default.isReadableFile(atPath: target.path) {
                throw RenderError.templateFolderUnreadable(place)
            }
            guard values?.isRegularFile == true else { continue }
            if let size = values?.fileSize, size > TemplateLimits.fileSize {
                throw RenderError.templateTooLarge(file: place, limit: TemplateLimits.fileSize)
            }
            let bytes: [UInt8]
            do { bytes = try RegularFile.contents(of: target.path) } catch { throw RenderError.templateNotReadable(place, error) }
            guard let text = String(validating: bytes, as: UTF8.self) else { throw RenderError.templateUnreadable(place) }
            files[relative] = text
        }
        if let unlisted { throw RenderError.templateFolderUnreadable(unlisted) }
        self.init(files: files, directory: shown.path)
    }

    /// The files under `prefix/`, keyed by the rest of their path.
    public func subset(_ prefix: String) -> [String: String] {
        var result: [String: String] = [:]
        for (path, text) in files where path.hasPrefix(prefix + "/") {
            result[String(path.dropFirst(prefix.count + 1))] = text
        }
        return result
    }

    /// The display name of a template file: its path on disk, or `templates/…` for the built-in set.
    public func displayPath(_ relative: String) -> String {
        if let directory { return directory + "/" + relative }
        return "templates/" + relative
    }

    /// Writes the set to `directory`, creating folders; an existing file is not overwritten. Every
    /// destination is checked before anything is written, so that a refusal leaves the folder as it was.
    public func export(to directory: String) throws {
        // An empty path (an unset variable in a script) would otherwise mean the root folder.
        guard !directory.isEmpty else { throw RenderError.cannotWrite(directory, .system(ENOENT)) }
        var outputs: [(path: String, bytes: [UInt8])] = files.sorted(by: { $0.key < $1.key }).map {
            (directory + "/" + $0.key, Array($0.value.utf8))
        }
        for (relative, encoded) in EmbeddedTemplates.fonts.sorted(by: { $0.key < $1.key }) {
            outputs.append((directory + "/fonts/" + relative, Array(Data(base64Encoded: encoded) ?? Data())))
        }
        for output in outputs {
            var info = stat()
            if lstat(output.path, &info) == 0 { throw RenderError.wouldOverwrite(output.path) }
        }
        for output in outputs {
            try Self.makeFolders(of: output.path, under: directory)
            try Self.create(output.path, output.bytes)
        }
    }

    /// Creates the folders between `base` (included) and the file at `path`.
    private static func makeFolders(of path: String, under base: String) throws {
        var folder = base
        let rest = path.dropFirst(base.count + 1).split(separator: "/").dropLast()
        for part in [""] + rest.map(String.init) {
            if !part.isEmpty { folder += "/" + part }
            if mkdir(folder, 0o755) != 0, errno != EEXIST { throw RenderError.cannotWrite(folder, .system(errno)) }
        }
        var info = stat()
        if stat(folder, &info) != 0 { throw RenderError.cannotWrite(folder, .system(errno)) }
        if info.st_mode & S_IFMT != S_IFDIR { throw RenderError.cannotWrite(folder, .system(ENOTDIR)) }
    }

    /// Writes a new file (never replacing one that appeared since the check).
    private static func create(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw errno == EEXIST ? RenderError.wouldOverwrite(path) : RenderError.cannotWrite(path, .system(errno))
        }
        var offset = 0
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        if close(fd) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(path)
            throw RenderError.cannotWrite(path, .system(failure))
        }
    }
}
