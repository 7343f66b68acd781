/// Which leaders a schedule has and which items are theirs: what a leader's own schedule and
/// calendar show, and what `unknown-leader` compares.
extension Schedule {
    /// Every agenda day in file order (sections depth first).
    public var agendaDays: [AgendaDay] {
        sections.flatMap(\.allSections).compactMap(\.agenda).flatMap(\.days)
    }

    /// The `leaders:` list when the file gives one; else the people the `leader:` texts name, in the
    /// order of their first mention, each with the first title written beside them.
    public var namedLeaders: [Leader] {
        if !leaders.isEmpty { return leaders }
        var found: [Leader] = []
        var index: [String: Int] = [:]
        for day in agendaDays {
            for item in day.items {
                guard let text = item.leader else { continue }
                for (name, title) in LeaderNames.peopleWithTitles(in: text) {
                    let key = LeaderNames.key(name)
                    if let at = index[key] {
                        if found[at].title == nil { found[at].title = title }
                    } else {
                        index[key] = found.count
                        found.append(Leader(short: "Đ/c \(name)", title: title))
                    }
                }
            }
        }
        return found
    }

    /// The leader `query` names: their short name (`Đ/c Hoàn`), the name in it (`Hoàn`), their full
    /// name, or their slug (`lanh-dao-hoan`, `hoan`).
    public func leader(named query: String) -> Leader? {
        let wanted = LeaderNames.people(in: query).first ?? query.trimmedOfSpaces
        let slug = Slug.make(query)
        return namedLeaders.first { $0.isNamed(wanted) || $0.slug == slug || Slug.make($0.spokenName) == slug }
    }
}

extension Leader {
    /// The name `leader:` texts use for this leader: `Hoàn` for `Đ/c Hoàn`.
    public var spokenName: String { LeaderNames.people(in: short).first ?? short.trimmedOfSpaces }

    /// A file name part that cannot leave its folder: `lanh-dao-hoan`.
    public var slug: String {
        let name = Slug.make(spokenName)
        return "lanh-dao-" + (name.isEmpty ? "khong-ten" : name)
    }

    /// Whether `person`, a name read from a leader text, is this leader.
    public func isNamed(_ person: String) -> Bool {
        let key = LeaderNames.key(person)
        return key == LeaderNames.key(spokenName) || key == LeaderNames.key(short) || name.map { LeaderNames.key($0) == key } ?? false
    }

    /// Whether `item` is this leader's: its leader text names them, or a group they belong to
    /// (`Lãnh đạo Sở` everyone; `các PGĐ Sở` the leaders whose title is a deputy's).
    public func isIn(_ item: AgendaItem) -> Bool {
        guard let text = item.leader else { return false }
        return LeaderNames.mentions(in: text).contains { mention in
            switch mention {
            case .person(let person): isNamed(person)
            case .group(let group): group.includes(title: title)
            }
        }
    }
}
