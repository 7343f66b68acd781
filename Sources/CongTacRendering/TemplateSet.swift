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
            guard let data = FileManager.default.contents(atPath: target.path),
                  let text = String(data: data, encoding: .utf8) else {
                throw RenderError.templateUnreadable(place)
            }
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

    /// Writes the set to `directory`, creating folders; an existing file is not overwritten.
    public func export(to directory: String) throws {
        let base = URL(fileURLWithPath: directory)
        for (relative, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = base.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: url.path) { throw RenderError.wouldOverwrite(url.path) }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        }
        let fontBase = base.appendingPathComponent("fonts")
        for (relative, encoded) in EmbeddedTemplates.fonts.sorted(by: { $0.key < $1.key }) {
            let url = fontBase.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: url.path) { throw RenderError.wouldOverwrite(url.path) }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(base64Encoded: encoded)?.write(to: url, options: .atomic)
        }
    }
}
