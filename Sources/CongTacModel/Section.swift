/// A numbered part of the body: a heading with bullet paragraphs, nested sections and an optional agenda.
public struct Section: Sendable, Equatable, Codable {
    public var heading: String
    public var items: [String]
    public var sections: [Section]
    public var agenda: Agenda?

    public init(heading: String, items: [String] = [], sections: [Section] = [], agenda: Agenda? = nil) {
        self.heading = heading
        self.items = items
        self.sections = sections
        self.agenda = agenda
    }

    /// This section and every nested one, depth first.
    public var allSections: [Section] {
        [self] + sections.flatMap(\.allSections)
    }
}
