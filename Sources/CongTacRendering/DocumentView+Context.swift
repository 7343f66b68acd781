import CongTacModel
import CongTacTemplates

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
    static let shape = TemplateShape(["level", "label", "heading", "items", "style", "isLevel1", "isLevel2", "isLevel3", "agenda"])

    var templateValue: TemplateValue {
        .object(TemplateObject(Self.shape, [
            .int(level), .string(label), .string(heading), .list(items.map(TemplateValue.string)),
            .string("Heading\(min(level, 3))"), .bool(level == 1), .bool(level == 2), .bool(level >= 3),
            agenda?.templateValue,
        ]))
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
    static let shape = TemplateShape(["label", "weekday", "rowSpan", "isFilled", "isDayOff", "rows"])

    var templateValue: TemplateValue {
        .object(TemplateObject(Self.shape, [
            .string(label), .string(weekday), .int(rowSpan), .bool(isFilled), .bool(isDayOff),
            .list(rows.map(\.templateValue)),
        ]))
    }
}

extension RowView {
    static let shape = TemplateShape(["isFirst", "isLead", "itemOnOwnLine", "inlineLabel", "isEmpty", "note", "text",
                                      "timeLabel", "itemText", "unit", "leader"])

    /// Absent texts stay absent, so that `{{#note}}` sections skip them.
    var templateValue: TemplateValue {
        .object(TemplateObject(Self.shape, [
            .bool(isFirst), .bool(isLead), .bool(itemOnOwnLine), .bool(timeLabel != nil && !itemOnOwnLine),
            .bool(note == nil && text == nil && itemText == nil),
            note.map(TemplateValue.string), text.map(TemplateValue.string), timeLabel.map(TemplateValue.string),
            itemText.map(TemplateValue.string), unit.map(TemplateValue.string), leader.map(TemplateValue.string),
        ]))
    }
}
