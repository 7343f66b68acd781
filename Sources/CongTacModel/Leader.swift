/// A leader of the agency as the schedule lists them (`leaders:`), so that `leader:` texts can be
/// checked against the list and each leader's own schedule can carry their full name and title.
public struct Leader: Sendable, Equatable, Hashable, Codable {
    /// The name as `leader:` texts write it, e.g. `Đ/c Hoàn`.
    public var short: String
    /// The full name, e.g. `Nguyễn Văn Hoàn`.
    public var name: String?
    /// The title, e.g. `Giám đốc Sở`; it decides which groups (`các PGĐ Sở`) include the leader.
    public var title: String?

    public init(short: String, name: String? = nil, title: String? = nil) {
        self.short = short
        self.name = name
        self.title = title
    }
}
