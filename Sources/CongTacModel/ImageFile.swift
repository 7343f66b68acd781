/// An image the schedule names (the leader's signature, the agency's seal), as the file wrote its
/// path (relative to the schedule file) and with the bytes the loader read, so that rendering
/// touches no file system and `check` has already judged the file.
public struct ImageFile: Sendable, Equatable, Codable {
    /// The path as written in the schedule.
    public var path: String
    /// The PNG file's bytes.
    public var png: [UInt8]

    public init(path: String, png: [UInt8]) {
        self.path = path
        self.png = png
    }
}
