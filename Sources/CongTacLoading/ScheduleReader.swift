import CongTacCalendar
import CongTacMessages
import CongTacModel

/// Where the agenda's days and items stand in the file, for the checks that compare them.
struct AgendaRecord {
    struct Day {
        var range: DayRange
        var mark: SourceMark?
        /// The day's items (the same array as the schedule's) and their places.
        var items: [AgendaItem]
        var itemMarks: [SourceMark?]
        /// The places of the items' `leader` values (for `unknown-leader`).
        var leaderMarks: [SourceMark?] = []
        var hasText: Bool
    }

    var mark: SourceMark?
    var days: [Day] = []
}

/// Builds a `Schedule` from the composed YAML of format 1.
final class ScheduleReader: NodeReader {
    static let topKeys = KeySet(ScheduleKey.topLevel)
    static let agencyKeys = KeySet(ScheduleKey.agencyKeys)
    static let signatureKeys = KeySet(ScheduleKey.signatureKeys)
    static let leaderKeys = KeySet(ScheduleKey.leaderKeys)
    static let officeHoursKeys = KeySet(ScheduleKey.officeHoursKeys)
    static let weekKeys = KeySet(ScheduleKey.weekKeys)
    static let dayOffKeys = KeySet(ScheduleKey.dayOffKeys)
    static let sectionKeys = KeySet(ScheduleKey.sectionKeys)
    static let agendaKeys = KeySet(ScheduleKey.agendaKeys)
    // The keys of the mappings read once per day and per item, built once.
    static let dayKeys = KeySet(ScheduleKey.dayKeys)
    static let dayRequired: [ScheduleKey] = [.day]
    static let itemKeys = KeySet(ScheduleKey.itemKeys)
    static let itemRequired: [ScheduleKey] = [.text]
    /// Deepest nesting of sections (I. → 1. → a) → …).
    static let maxSectionDepth = 6
    /// Most sections in one list: top-level sections are numbered in Roman numerals, which end at
    /// MMMCMXCIX (3,999); the same limit holds at every level, so that one rule is documented.
    static let maxSectionsPerLevel = 3_999

    /// The schedule file's folder, which image paths are relative to.
    var folder = "."
    /// What is wrong with an image's bytes for the renderer (the PDF's PNG reader), if anything.
    var imageProblem: (@Sendable ([UInt8]) -> Message?)?

    private(set) var agendas: [AgendaRecord] = []
    private(set) var monthMark: SourceMark?

    func read() -> Schedule? {
        guard let top = fields(SourceTree.root, name: nil, in: .topLevel, keys: Self.topKeys,
                               required: [.agency, .place, .date, .sections]) else { return nil }
        if let format = scalar(top[.format], name: .format), format != "1" {
            sink.error(.unknownFormat(format), at: mark(top[.format]))
        }
        let agency = readAgency(top[.agency])
        let number = readNumber(top[.number])
        let place = text(top[.place], name: .place, required: top[.place] != nil)
        let date = readDocumentDate(top[.date])
        let month = readMonth(top[.month])
        monthMark = mark(top[.month])
        let sectionNodes = sequence(top[.sections], name: .sections)
        if top[.sections] != nil, sectionNodes.isEmpty {
            sink.error(.noSections, at: mark(top[.sections]) ?? top.mark)
        }
        checkSectionCount(sectionNodes)
        let sections = sectionNodes.compactMap { readSection($0, depth: 1) }
        let schedule = Schedule(
            agency: agency ?? Agency(name: ""),
            number: number,
            place: place ?? "",
            date: date ?? DocumentDate(year: 1900, month: 1),
            banner: text(top[.banner], name: .banner),
            title: text(top[.title], name: .title) ?? Schedule.defaultTitle,
            summary: text(top[.summary], name: .summary),
            month: month,
            sections: sections,
            recipients: texts(top[.recipients], name: .recipients),
            electronic: texts(top[.electronic], name: .electronic),
            signature: readSignature(top[.signature]),
            seal: readImage(top[.seal], name: .seal),
            daysOff: sequence(top[.daysOff], name: .daysOff).compactMap(readDayOff),
            workingDays: sequence(top[.workingDays], name: .workingDays).compactMap { readFullDate($0, key: .workingDays) },
            leaders: sequence(top[.leaders], name: .leaders).compactMap(readLeader),
            officeHours: top[.officeHours].flatMap(readOfficeHours),
            week: readWeek(top[.week])
        )
        return schedule
    }

    private func readAgency(_ node: SourceNode?) -> Agency? {
        guard let node, let f = fields(node, name: .agency, in: .key(.agency),
                                       keys: Self.agencyKeys, required: [.name]) else { return nil }
        return Agency(parent: text(f[.parent], name: .parent),
                      name: text(f[.name], name: .name, required: f[.name] != nil) ?? "",
                      code: text(f[.code], name: .code))
    }

    private func readSignature(_ node: SourceNode?) -> Signature? {
        guard let node, let f = fields(node, name: .signature, in: .key(.signature),
                                       keys: Self.signatureKeys) else { return nil }
        return Signature(authority: text(f[.authority], name: .authority),
                         position: text(f[.position], name: .position),
                         name: text(f[.name], name: .name),
                         image: readImage(f[.image], name: .image))
    }

    /// The image file a key names, read now so that a missing, unreadable or damaged file is
    /// reported at the key's value, by `check` as by `render`.
    private func readImage(_ node: SourceNode?, name: ScheduleKey) -> ImageFile? {
        guard let node, let path = text(node, name: name) else { return nil }
        let full = path.hasPrefix("/") ? path : folder + "/" + path
        let bytes: [UInt8]
        do {
            bytes = try RegularFile.contents(of: full)
        } catch {
            sink.error(.imageUnreadable(path, .fileProblem(error)), at: mark(node))
            return nil
        }
        let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        if let problem = bytes.starts(with: pngSignature) ? imageProblem?(bytes) : .imageNotPNG {
            sink.error(problem, at: mark(node))
            return nil
        }
        return ImageFile(path: path, png: bytes)
    }

    /// `{short: "Đ/c Hoàn", name: "Nguyễn Văn Hoàn", title: "Giám đốc Sở"}`, or the short name alone.
    private func readLeader(_ node: SourceNode) -> Leader? {
        if tree.isScalar(node) {
            return text(node, name: .short, required: true).map { Leader(short: $0) }
        }
        guard let f = fields(node, name: .leaders, in: .key(.leaders), keys: Self.leaderKeys, required: [.short]),
              let short = text(f[.short], name: .short, required: f[.short] != nil) else { return nil }
        return Leader(short: short, name: text(f[.name], name: .name), title: text(f[.title], name: .title))
    }

    /// `{morning: "07:30-11:30", afternoon: …, evening: …}`; a part left out keeps its standard hours.
    private func readOfficeHours(_ node: SourceNode) -> OfficeHours? {
        guard let f = fields(node, name: .officeHours, in: .key(.officeHours), keys: Self.officeHoursKeys) else { return nil }
        var hours = OfficeHours.standard
        var valid = true
        for (key, path) in [(ScheduleKey.morning, \OfficeHours.morning), (.afternoon, \.afternoon), (.evening, \.evening)] {
            guard let raw = text(f[key], name: key, required: f[key] != nil) else { continue }
            if let span = ClockSpan.parse(raw) {
                hours[keyPath: path] = span
            } else {
                sink.error(.invalidHours(key.rawValue, raw), at: mark(f[key]))
                valid = false
            }
        }
        return valid ? hours : nil
    }

    /// `week: {recipients: […], electronic: […], signature: {…}}`: each field present only when written.
    private func readWeek(_ node: SourceNode?) -> WeekOverrides? {
        guard let node, let f = fields(node, name: .week, in: .key(.week), keys: Self.weekKeys) else { return nil }
        return WeekOverrides(recipients: f[.recipients].map { texts($0, name: .recipients) },
                             electronic: f[.electronic].map { texts($0, name: .electronic) },
                             signature: readSignature(f[.signature]))
    }

    private func readNumber(_ node: SourceNode?) -> Int? {
        guard let raw = scalar(node, name: .number) else { return nil }
        let trimmed = raw.trimmedOfSpaces
        guard !trimmed.isEmpty, trimmed.count <= 6, trimmed.allSatisfy(\.isASCIIDigit), let n = Int(trimmed), n > 0 else {
            sink.error(.invalidNumber(raw), at: mark(node))
            return nil
        }
        return n
    }

    private func readDocumentDate(_ node: SourceNode?) -> DocumentDate? {
        guard let raw = scalar(node, name: .date) else {
            if let node { sink.error(.emptyText(ScheduleKey.date.rawValue), at: tree.mark(node)) }
            return nil
        }
        guard let parts = DateParsing.parts(raw), parts.count == 2 || parts.count == 3 else {
            sink.error(.invalidDateFormat(ScheduleKey.date.rawValue, raw, monthOnly: false), at: mark(node))
            return nil
        }
        guard DateParsing.check(key: ScheduleKey.date.rawValue, raw: raw, parts: parts, at: mark(node), into: sink) else { return nil }
        return DocumentDate(year: parts[0], month: parts[1], day: parts.count == 3 ? parts[2] : nil)
    }

    /// `{date: 2025-11-24, name: Ngày Văn hóa Việt Nam}`: a day off of the agency's own.
    private func readDayOff(_ node: SourceNode) -> DayOff? {
        let context = Phrase.dayOffEntry
        guard let f = fields(node, name: .daysOff, in: context, keys: Self.dayOffKeys, required: [.date, .name]),
              let date = f[.date].flatMap({ readFullDate($0, key: .date) }),
              let name = text(f[.name], name: .name, required: true) else { return nil }
        return DayOff(date: date, name: name, kind: .holiday)
    }

    /// A whole date `YYYY-MM-DD`.
    private func readFullDate(_ node: SourceNode, key: ScheduleKey) -> CivilDate? {
        guard let raw = scalar(node, name: key) else {
            sink.error(.emptyText(key.rawValue), at: tree.mark(node))
            return nil
        }
        guard let parts = DateParsing.parts(raw), parts.count == 3 else {
            sink.error(.invalidFullDate(key.rawValue, raw), at: tree.mark(node))
            return nil
        }
        guard DateParsing.check(key: key.rawValue, raw: raw, parts: parts, at: tree.mark(node), into: sink) else { return nil }
        return CivilDate(year: parts[0], month: parts[1], day: parts[2])
    }

    private func readMonth(_ node: SourceNode?) -> YearMonth? {
        guard let raw = scalar(node, name: .month) else { return nil }
        guard let parts = DateParsing.parts(raw), parts.count == 2 else {
            sink.error(.invalidDateFormat(ScheduleKey.month.rawValue, raw, monthOnly: true), at: mark(node))
            return nil
        }
        guard DateParsing.check(key: ScheduleKey.month.rawValue, raw: raw, parts: parts, at: mark(node), into: sink) else { return nil }
        return YearMonth(year: parts[0], month: parts[1])
    }

    private func readSection(_ node: SourceNode, depth: Int) -> Section? {
        let context = Phrase.sectionEntry
        guard let f = fields(node, name: .sections, in: context,
                             keys: Self.sectionKeys, required: [.heading]) else { return nil }
        if depth > Self.maxSectionDepth {
            sink.error(.tooDeep(limit: Self.maxSectionDepth), at: tree.mark(node))
            return nil
        }
        let heading = text(f[.heading], name: .heading, required: f[.heading] != nil)
        let items = texts(f[.items], name: .items)
        let childNodes = sequence(f[.sections], name: .sections)
        checkSectionCount(childNodes)
        let children = childNodes.compactMap { readSection($0, depth: depth + 1) }
        let agenda = f[.agenda].flatMap(readAgenda)
        return Section(heading: heading ?? "", items: items, sections: children, agenda: agenda)
    }

    /// More sections in one list than can be numbered: an error at the first one too many.
    private func checkSectionCount(_ nodes: [SourceNode]) {
        guard nodes.count > Self.maxSectionsPerLevel else { return }
        sink.error(.tooManySections(nodes.count, limit: Self.maxSectionsPerLevel),
                   at: tree.mark(nodes[Self.maxSectionsPerLevel]))
    }

    private func readAgenda(_ node: SourceNode) -> Agenda? {
        guard let f = fields(node, name: .agenda, in: .key(.agenda), keys: Self.agendaKeys,
                             required: [.days]) else { return nil }
        var columns = Agenda.defaultColumns
        if let columnsNode = f[.columns] {
            let given = texts(columnsNode, name: .columns)
            if given.count == 4 {
                columns = given
            } else if sequence(columnsNode, name: .columns).count > 0 || given.isEmpty {
                sink.error(.columnCount(given.count), at: tree.mark(columnsNode))
            }
        }
        var record = AgendaRecord(mark: tree.mark(node))
        var days: [AgendaDay] = []
        for dayNode in sequence(f[.days], name: .days) {
            guard let (day, dayRecord) = readDay(dayNode) else { continue }
            days.append(day)
            record.days.append(dayRecord)
        }
        agendas.append(record)
        return Agenda(columns: columns, days: days)
    }

    private func readDay(_ node: SourceNode) -> (AgendaDay, AgendaRecord.Day)? {
        let context = Phrase.agendaDayEntry
        guard let f = fields(node, name: .days, in: context, keys: Self.dayKeys, required: Self.dayRequired) else {
            return nil
        }
        let range = readDayRange(f[.day])
        let note = text(f[.note], name: .note, required: f[.note] != nil)
        let wholeDay = text(f[.text], name: .text, required: f[.text] != nil)
        var items: [AgendaItem] = []
        var itemMarks: [SourceMark?] = []
        var leaderMarks: [SourceMark?] = []
        let itemNodes = sequence(f[.items], name: .items)
        items.reserveCapacity(itemNodes.count)
        itemMarks.reserveCapacity(itemNodes.count)
        for itemNode in itemNodes {
            if let (item, leaderMark) = readItem(itemNode) {
                items.append(item)
                itemMarks.append(tree.mark(itemNode))
                leaderMarks.append(leaderMark)
            }
        }
        guard let range else { return nil }
        // Only a day that gives neither key is empty; a wrong `text` or `items` has its own error.
        var itemsGiven = false
        if let given = f[.items] {
            switch tree.kind(given) {
            case .sequence: itemsGiven = tree.count(given) > 0
            case .scalar, .mapping: itemsGiven = true
            case .null: break
            }
        }
        if f[.text] == nil && !itemsGiven {
            sink.error(.emptyDay(DayLabel.text(range)), at: tree.mark(node))
        }
        let day = AgendaDay(days: range, note: note, text: wholeDay, items: items)
        return (day, AgendaRecord.Day(range: range, mark: mark(f[.day]) ?? tree.mark(node), items: items,
                                      itemMarks: itemMarks, leaderMarks: leaderMarks, hasText: wholeDay != nil))
    }

    /// An item and the place of its `leader` value.
    private func readItem(_ node: SourceNode) -> (AgendaItem, SourceMark?)? {
        if tree.isScalar(node) {
            // Shorthand: a plain text is an item with no time, unit or leader.
            return text(node, name: .text, required: true).map { (AgendaItem(text: $0), nil) }
        }
        let context = Phrase.agendaItemEntry
        guard let f = fields(node, name: .items, in: context, keys: Self.itemKeys, required: Self.itemRequired) else {
            return nil
        }
        let text = text(f[.text], name: .text, required: f[.text] != nil)
        let item = AgendaItem(time: self.text(f[.time], name: .time), text: text ?? "",
                              unit: self.text(f[.unit], name: .unit), leader: self.text(f[.leader], name: .leader))
        return text == nil ? nil : (item, mark(f[.leader]))
    }

    private func readDayRange(_ node: SourceNode?) -> DayRange? {
        guard let raw = scalar(node, name: .day) else {
            if let node { sink.error(.invalidDay(""), at: tree.mark(node)) }
            return nil
        }
        guard let (first, last) = DayLabel.parse(raw) else {
            sink.error(.invalidDay(raw), at: mark(node))
            return nil
        }
        if last < first {
            sink.error(.reversedRange(first, last), at: mark(node))
            return nil
        }
        return DayRange(first, last)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
