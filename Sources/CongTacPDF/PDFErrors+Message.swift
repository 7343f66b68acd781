import CongTacMessages

extension PDFImageError {
    /// The catalog's message for this error.
    public var message: Message {
        switch self {
        case .notPNG: .imageNotPNG
        case .interlaced: .imageInterlaced
        case .tooLarge(let width, let height): .imageTooLarge("\(width) × \(height)", limit: PNGDecoder.maxPixels)
        case .damaged(let detail): .imageDamaged(detail)
        }
    }
}

extension PDFWriteError {
    /// The catalog's message for this error.
    public var message: Message {
        switch self {
        case .compression(let problem): .packaging(problem)
        case .unsupportedCharacter(let character): .characterNotInFont(character)
        }
    }
}

extension PDFFonts {
    /// The catalog's message for the first character of `text` the fonts cannot show, if any.
    public static func unsupportedCharacterMessage(in text: some StringProtocol) -> Message? {
        unsupportedCharacter(in: text).map(Message.characterNotInFont)
    }
}
