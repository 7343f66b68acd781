/// File names worked out on the text of the paths, as `/`-separated POSIX paths: Foundation's `URL`
/// asks the file system (`getcwd`, `stat`) for every path it makes, ten calls a file in a batch.
public enum PathNames {
    /// The folder part of `path` (`.` when there is none; `/` for a file at the root).
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path`.
    public static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `name` without its last extension (`a.b.yaml` → `a.b`); a leading dot is not an extension.
    public static func deletingExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// `folder/name`, with one slash between.
    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The absolute form of `path` with `.`, `..` and repeated slashes resolved on the text (links
    /// are not followed): two paths name the same file when their forms are equal.
    public static func normalized(_ path: String, currentDirectory: String) -> String {
        let absolute = path.hasPrefix("/") ? path : join(currentDirectory, path)
        var parts: [Substring] = []
        for part in absolute.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
