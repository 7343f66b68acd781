/// The signature block: `KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC` / name.
public struct Signature: Sendable, Equatable, Codable {
    /// The form of authority, e.g. `KT. GIÁM ĐỐC`, `TM. UBND`.
    public var authority: String?
    /// The signer's title, e.g. `PHÓ GIÁM ĐỐC`.
    public var position: String?
    public var name: String?
    /// The image of the handwritten signature (PNG, transparent), drawn in the PDF between the
    /// position and the name.
    public var image: ImageFile?

    public init(authority: String? = nil, position: String? = nil, name: String? = nil, image: ImageFile? = nil) {
        self.authority = authority
        self.position = position
        self.name = name
        self.image = image
    }
}
