/// Who a `leader:` text names: people (`Đ/c Hoàn GD Sở, Đ/c An PGĐ Sở` names Hoàn and An) and groups
/// (`Lãnh đạo Sở`, `các PGĐ Sở`, `Ban Giám đốc` name no one person).
///
/// The texts of the published programmes follow one habit: a person is `Đ/c` (or `đồng chí`, `Ông`,
/// `Bà`) and a given name, then a title (`GD Sở`, `PGĐ Sở`, `- Bí thư Đảng ủy`); entries are separated
/// by `,`, `;` or ` và `. A segment with no such prefix right after a person is that person's title
/// (`Đ/c Hoàn, GD Sở`), unless it names a group. Characters are compared as Swift does, by canonical
/// equivalence, so a text in NFD reads as its NFC form.
public enum LeaderNames {
    /// What one entry of a leader text names.
    public enum Mention: Sendable, Equatable, Hashable {
        /// A person by the name written after the prefix: `Hoàn`, `Nguyễn Văn Hoàn`.
        case person(String)
        case group(LeaderGroup)
    }

    /// Everything `text` names, in order, each once.
    public static func mentions(in text: String) -> [Mention] {
        var result: [Mention] = []
        for entry in entries(in: text) { append(entry.mention, to: &result) }
        return result
    }

    /// The people `text` names with the titles written beside them: `Đ/c Hoàn Bí thư Đảng bộ, GD Sở`
    /// is Hoàn with `Bí thư Đảng bộ, GD Sở`. Without a `leaders:` list, the title tells which groups
    /// (`các PGĐ Sở`) a person belongs to.
    public static func peopleWithTitles(in text: String) -> [(name: String, title: String?)] {
        entries(in: text).compactMap { entry in
            if case .person(let name) = entry.mention { (name, entry.title.isEmpty ? nil : entry.title.joined(separator: ", ")) } else { nil }
        }
    }

    /// One entry: a person with the title segments that follow, or a group.
    private struct Entry {
        var mention: Mention
        var title: [String] = []
    }

    private static func entries(in text: String) -> [Entry] {
        var result: [Entry] = []
        var afterPerson = false
        for segment in segments(of: text) {
            if let (name, rest) = personName(in: segment) {
                result.append(Entry(mention: .person(name), title: rest.isEmpty ? [] : [rest]))
                afterPerson = true
            } else if hasPrefix(segment) {
                continue  // `Đ/c` with no name after it names no one, and no group either
            } else if let group = LeaderGroup(segment, afterPerson: afterPerson) {
                result.append(Entry(mention: .group(group)))
                afterPerson = false
            } else if afterPerson {
                // A title after a person (`Đ/c Hoàn, GD Sở`) keeps `afterPerson`: `…, GD Sở, Bí thư` too.
                result[result.count - 1].title.append(segment)
            }
        }
        return result
    }

    /// The people `text` names, in order: `["Hoàn", "An"]`.
    public static func people(in text: String) -> [String] {
        mentions(in: text).compactMap { if case .person(let name) = $0 { name } else { nil } }
    }

    /// The form names are compared in: lowercased (Swift compares strings by canonical equivalence).
    public static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    private static func append(_ mention: Mention, to result: inout [Mention]) {
        let duplicate = result.contains { existing in
            switch (existing, mention) {
            case let (.person(a), .person(b)): return key(a) == key(b)
            default: return existing == mention
            }
        }
        if !duplicate { result.append(mention) }
    }

    // MARK: Reading a text

    /// The entries of a text: split at `,`, `;`, line breaks and the word `và`.
    static func segments(of text: String) -> [String] {
        var result: [String] = []
        for piece in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" || $0 == "+" }) {
            var words: [Substring] = []
            for word in piece.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                if word.lowercased() == "và" {
                    if !words.isEmpty { result.append(words.joined(separator: " ")) }
                    words = []
                } else {
                    words.append(word)
                }
            }
            if !words.isEmpty { result.append(words.joined(separator: " ")) }
        }
        return result
    }

    /// Prefixes that introduce a person, lowercased, longest first.
    static let prefixes = ["đồng chí", "đ/c", "đ.c", "ông", "bà"]

    /// Title-case words that start a title, not a name (`Giám đốc`, `Phó Giám đốc`, `Bí thư`, …).
    static let titleWords: Set<String> = ["giám", "phó", "bí", "chánh", "trưởng", "chủ", "tổng", "ủy", "uỷ", "kế",
                                          "thủ", "sở", "ban", "thường", "hiệu", "lãnh"]

    /// The name after a person prefix, if `segment` starts with one: the title-case words up to the
    /// first word that is not one (`GD`, `PGĐ`, `-`, a lowercase word) or that starts a title.
    static func hasPrefix(_ segment: String) -> Bool {
        let lower = segment.lowercased()
        return prefixes.contains { lower.hasPrefix($0) }
    }

    static func personName(in segment: String) -> (name: String, rest: String)? {
        let lower = segment.lowercased()
        guard let prefix = prefixes.first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = segment.dropFirst(prefix.count)
        // `Đ/cHoàn` is read, but `Ông` must be a whole word: `Ôngh…` is no prefix.
        if prefix.first!.isLetter && prefix.last!.isLetter, let next = rest.first, next.isLetter { return nil }
        let words = rest.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "." })
        var count = 0
        while count < words.count, isNameWord(words[count]), !titleWords.contains(words[count].lowercased()) { count += 1 }
        guard count > 0 else { return nil }
        var title = words[count...].joined(separator: " ")
        while let first = title.first, first == "-" || first == "–" || first == " " || first == ":" { title.removeFirst() }
        return (words[..<count].joined(separator: " "), title)
    }

    /// Abbreviated titles, lowercased: in capitals they are not names (`Đ/c HOÀN GD Sở`).
    static let abbreviations: Set<String> = ["gd", "gđ", "pgd", "pgđ", "tp", "ptp", "cvp", "pcvp", "bt", "pbt", "ct",
                                             "pct", "uv", "ubnd", "hđnd", "bgđ", "bgd", "ts", "ths", "ks", "cn"]

    /// `Hoàn`, `Bằng`: a capital letter followed by small letters; or a name in capitals (`HOÀN`)
    /// that is no abbreviated title.
    static func isNameWord(_ word: Substring) -> Bool {
        guard let first = word.first, first.isLetter, first.isUppercase, word.count > 1 else { return false }
        if word.dropFirst().allSatisfy({ $0.isLetter && $0.isLowercase }) { return true }
        return word.allSatisfy { $0.isLetter && $0.isUppercase } && !abbreviations.contains(word.lowercased())
    }
}

/// A group a leader text names instead of a person.
public enum LeaderGroup: String, Sendable, Equatable, Hashable, CaseIterable {
    /// `Lãnh đạo Sở`, `Ban Giám đốc`, `BGĐ`: every leader.
    case all
    /// `các PGĐ Sở`, `Phó Giám đốc`: the deputies.
    case deputies
    /// `Giám đốc Sở`, `GD Sở` on its own: the director.
    case director

    /// The group a segment without a person names. Right after a person, a single title
    /// (`GD Sở`) is that person's, and names no group; plural and collective forms still do.
    init?(_ segment: String, afterPerson: Bool) {
        let words = segment.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        func has(_ phrase: String) -> Bool {
            let target = phrase.split(separator: " ").map(String.init)
            guard target.count <= words.count else { return false }
            return (0...(words.count - target.count)).contains { Array(words[$0..<($0 + target.count)]) == target }
        }
        let collective = has("lãnh đạo") || has("ban giám đốc") || has("bgđ") || has("bgd")
        let plural = has("các")
        let deputy = has("pgđ") || has("pgd") || has("phó giám đốc")
        let director = has("gd") || has("gđ") || has("giám đốc")
        if collective {
            self = .all
        } else if deputy, plural || !afterPerson {
            self = .deputies
        } else if director, plural || !afterPerson {
            self = .director
        } else {
            return nil
        }
    }

    /// Whether a leader with `title` belongs to the group (a leader without a title belongs to `all` only).
    public func includes(title: String?) -> Bool {
        if self == .all { return true }
        guard let title else { return false }
        let kind = LeaderGroup(title, afterPerson: false)
        switch self {
        case .all: return true
        case .deputies: return kind == .deputies
        case .director: return kind == .director
        }
    }
}
