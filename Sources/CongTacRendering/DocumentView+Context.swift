import CongTacModel

/// The view as the tree templates read. Absent values are left out, so that `{{#note}}` sections
/// only render when there is a note.
extension DocumentView {
    func templateContext(extra: TemplateObject = [:]) -> TemplateValue {
        var header: TemplateObject = [
            "agencyName": .string(self.header.agencyName), "numberLine": .string(self.header.numberLine),
            "nationalTitle": .string(self.header.nationalTitle), "motto": .string(self.header.motto),
            "dateLine": .string(self.header.dateLine),
        ]
        header.set("parentBody", self.header.parentBody)
        var context: TemplateObject = [
            "header": .object(header),
            "titleLines": .list(titleLines.enumerated().map { .object(["text": .string($1), "first": .bool($0 == 0)]) }),
            "sections": .list(sections.map(\.templateValue)),
            "recipients": .list(recipients.map(TemplateValue.string)),
            "electronic": .list(electronic.map(TemplateValue.string)),
            "hasRecipients": .bool(!recipients.isEmpty),
            "hasElectronic": .bool(!electronic.isEmpty),
            "plainTitle": .string(plainTitle),
        ]
        context.set("banner", banner)
        context.set("summary", summary)
        if let signature {
            var s: TemplateObject = [:]
            s.set("authority", signature.authority)
            s.set("position", signature.position)
            s.set("name", signature.name)
            context["signature"] = .object(s)
        }
        context.merge(extra)
        return .object(context)
    }
}

extension SectionView {
    var templateValue: TemplateValue {
        var c: TemplateObject = [
            "level": .int(level), "label": .string(label), "heading": .string(heading),
            "items": .list(items.map(TemplateValue.string)),
            "style": .string("Heading\(min(level, 3))"),
            "isLevel1": .bool(level == 1), "isLevel2": .bool(level == 2), "isLevel3": .bool(level >= 3),
        ]
        if let agenda { c["agenda"] = agenda.templateValue }
        return .object(c)
    }
}

extension AgendaView {
    var templateValue: TemplateValue {
        .object([
            "caption": .string(caption),
            "columns": .object(["day": .string(columns[0]), "work": .string(columns[1]),
                                "unit": .string(columns[2]), "leader": .string(columns[3])]),
            "days": .list(days.map(\.templateValue)),
        ])
    }
}

extension DayView {
    var templateValue: TemplateValue {
        .object([
            "label": .string(label), "weekday": .string(weekday), "rowSpan": .int(rowSpan),
            "isFilled": .bool(isFilled), "isDayOff": .bool(isDayOff),
            "rows": .list(rows.map(\.templateValue)),
        ])
    }
}

extension RowView {
    var templateValue: TemplateValue {
        var c: TemplateObject = [
            "isFirst": .bool(isFirst), "isLead": .bool(isLead), "itemOnOwnLine": .bool(itemOnOwnLine),
            "inlineLabel": .bool(timeLabel != nil && !itemOnOwnLine),
            "isEmpty": .bool(note == nil && text == nil && itemText == nil),
        ]
        c.set("note", note)
        c.set("text", text)
        c.set("timeLabel", timeLabel)
        c.set("itemText", itemText)
        c.set("unit", unit)
        c.set("leader", leader)
        return .object(c)
    }
}
