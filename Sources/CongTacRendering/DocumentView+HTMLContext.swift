/// The keys the HTML templates add to the shared context.
extension DocumentView {
    /// The page embeds its font faces; the fragment relies on the portal's fonts and gets none.
    func htmlContext(fragment: Bool) -> [String: Any] {
        mustacheContext(extra: ["fonts": fragment ? [] : HTMLFonts.faces])
    }
}
