import Foundation

/// A file as the system knows it (device and inode): two paths name the same file when their
/// identities are equal, whatever links and `..` they go through — the text of a path cannot tell.
public struct FileIdentity: Hashable, Sendable {
    public let device: UInt64
    public let inode: UInt64

    /// The identity of the file `path` names (links followed), or nil if there is none.
    public init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// A place for a file in a folder: the folder's identity and the name, or, for a folder that does
/// not exist yet, the normalised text of the path.
public enum OutputPlace: Hashable, Sendable {
    case entry(folder: FileIdentity, name: String)
    case text(String)

    public init(_ path: String, currentDirectory: String) {
        if let folder = FileIdentity(PathNames.folder(of: path)) {
            self = .entry(folder: folder, name: PathNames.lastComponent(of: path))
        } else {
            self = .text(PathNames.normalized(path, currentDirectory: currentDirectory))
        }
    }
}
