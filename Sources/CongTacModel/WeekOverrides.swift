/// What the weekly schedule (`render --view week`) sends and signs differently from the monthly
/// programme: it is often signed by the office's chief ("TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG") and sent to
/// the units rather than to the province. A `nil` field keeps the monthly value; an empty list
/// clears it.
public struct WeekOverrides: Sendable, Equatable, Codable {
    public var recipients: [String]?
    public var electronic: [String]?
    public var signature: Signature?

    public init(recipients: [String]? = nil, electronic: [String]? = nil, signature: Signature? = nil) {
        self.recipients = recipients
        self.electronic = electronic
        self.signature = signature
    }
}
