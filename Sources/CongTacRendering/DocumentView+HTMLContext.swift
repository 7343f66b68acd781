import CongTacTemplates

/// The keys the HTML templates add to the shared context.
extension DocumentView {
    /// The page geometry as CSS values, the same for every schedule.
    static let htmlLayout = PageGeometry.standard.cssContext

    /// The page embeds its font faces; the fragment relies on the portal's fonts and gets none.
    func htmlContext(fragment: Bool) -> TemplateValue {
        templateContext(extra: ["fonts": .list(fragment ? [] : HTMLFonts.faces), "layout": Self.htmlLayout])
    }
}
