/// The issuing body and the body it reports to.
public struct Agency: Sendable, Equatable, Codable {
    /// The parent body, e.g. `UBND TỈNH HÀ TĨNH`.
    public var parent: String?
    /// The issuing body, e.g. `SỞ KHOA HỌC VÀ CÔNG NGHỆ`.
    public var name: String
    /// The short code used in the number, e.g. `KHCN` in `Số: 07/CTr-KHCN`.
    public var code: String?

    public init(parent: String? = nil, name: String, code: String? = nil) {
        self.parent = parent
        self.name = name
        self.code = code
    }
}
