/// ASCII names for files and identifiers made from Vietnamese texts: `Đ/c Hoàn` → `dc-hoan`.
///
/// A slug holds only `a-z`, `0-9` and single `-` between them, so a name made from one can never
/// leave its folder (no `/`, no `..`, no leading dot) whatever the text was. Vietnamese letters lose
/// their marks by a table (the same on every platform); other characters become `-`.
public enum Slug {
    public static func make(_ text: String, limit: Int = 60) -> String {
        var out = ""
        var pendingDash = false
        for character in text.lowercased() {
            let base: Character? = character.isASCII ? character : vietnameseBase[character]
            guard let base, base.isLetter || base.isNumber else {
                pendingDash = !out.isEmpty
                continue
            }
            if pendingDash { out.append("-") }
            pendingDash = false
            out.append(base)
            if out.count >= limit { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// Each lowercase Vietnamese letter with a mark, by its base letter.
    private static let vietnameseBase: [Character: Character] = {
        let groups: [(Character, String)] = [
            ("a", "àáảãạăằắẳẵặâầấẩẫậ"), ("e", "èéẻẽẹêềếểễệ"), ("i", "ìíỉĩị"), ("o", "òóỏõọôồốổỗộơờớởỡợ"),
            ("u", "ùúủũụưừứửữự"), ("y", "ỳýỷỹỵ"), ("d", "đ"),
        ]
        var table: [Character: Character] = [:]
        for (base, letters) in groups {
            for letter in letters { table[letter] = base }
        }
        return table
    }()
}
