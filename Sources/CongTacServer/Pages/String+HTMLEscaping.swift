import CongTacLoading
extension String {
    /// The text as HTML character data or a double-quoted attribute value.
    var htmlEscaped: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// The text as a JSON string literal that is also safe inside a `<script type="application/json">`
    /// block (`<`, `>`, `&` and the two JavaScript line separators escaped).
    var jsonQuoted: String {
        var result = ""
        JSONText.quote(self, htmlSafe: true, into: &result)
        return result
    }
}
