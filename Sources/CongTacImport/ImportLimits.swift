import CongTacModel

/// The loader's bounds that an imported document can exceed: a text over 20,000 characters (a
/// whole page pasted in one cell) is cut there, and its rest kept aside with a warning, so that
/// the written file still passes `check`.
enum ImportLimits {
    static let textLength = 20_000

    static func fit(_ result: inout ImportResult) {
        var cut: [String] = []
        func fit(_ text: inout String) {
            guard text.unicodeScalars.count > textLength else { return }
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: text.unicodeScalars.prefix(textLength))
            cut.append(String(text.unicodeScalars.dropFirst(textLength)))
            text = ImportText.clean(String(scalars))
        }
        func fit(_ text: inout String?) {
            guard var value = text else { return }
            fit(&value)
            text = value
        }
        func fit(_ section: inout Section) {
            fit(&section.heading)
            for index in section.items.indices { fit(&section.items[index]) }
            for index in section.sections.indices { fit(&section.sections[index]) }
            guard var agenda = section.agenda else { return }
            for index in agenda.columns.indices { fit(&agenda.columns[index]) }
            for d in agenda.days.indices {
                fit(&agenda.days[d].note)
                fit(&agenda.days[d].text)
                for i in agenda.days[d].items.indices {
                    fit(&agenda.days[d].items[i].text)
                    fit(&agenda.days[d].items[i].time)
                    fit(&agenda.days[d].items[i].unit)
                    fit(&agenda.days[d].items[i].leader)
                }
            }
            section.agenda = agenda
        }
        var schedule = result.schedule
        fit(&schedule.agency.name)
        fit(&schedule.agency.parent)
        fit(&schedule.agency.code)
        fit(&schedule.place)
        fit(&schedule.title)
        fit(&schedule.banner)
        fit(&schedule.summary)
        for index in schedule.sections.indices { fit(&schedule.sections[index]) }
        for index in schedule.recipients.indices { fit(&schedule.recipients[index]) }
        for index in schedule.electronic.indices { fit(&schedule.electronic[index]) }
        if var signature = schedule.signature {
            fit(&signature.authority)
            fit(&signature.position)
            fit(&signature.name)
            schedule.signature = signature
        }
        result.schedule = schedule
        for rest in cut {
            result.kept.append(KeptText(place: nil, text: rest))
            result.warnings.append(ImportWarning(.importUnplaced(ImportText.excerpt(rest)), at: nil))
        }
    }
}
