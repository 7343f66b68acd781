import CongTacTemplates

/// The keys the HTML templates add to the shared context.
extension DocumentView {
    /// The page embeds its font faces; the fragment relies on the portal's fonts and gets none.
    func htmlContext(fragment: Bool) -> TemplateValue {
        templateContext(extra: ["fonts": .list(fragment ? [] : HTMLFonts.faces)])
    }
}
