/// The bounds an agency's template set is held to, so that no template can crash the program, take
/// minutes to check or fill the memory: each breach is a located error, not a trap.
package enum TemplateLimits {
    /// Bytes of one template file: the built-in ones are under 10 KiB.
    package static let fileSize = 1 << 20
    /// Sections and partials open at once along any path (the built-in templates use under ten).
    /// Keeps the parser's and the renderer's stacks small whatever the text.
    package static let nesting = 64
    /// Bytes of one rendered part: the scale case's DOCX body (one month of 22,000 items) is 23 MB.
    package static let outputSize = 64 << 20
    /// Section bodies and partials entered while rendering one part, each counted as deep as the
    /// stack its names are looked up in: bounds the time of a template whose nested sections repeat
    /// without writing anything. The scale case (one month of 22,000 items) takes between 2^19 and
    /// 2^20 for its DOCX body (it fails at 2^19): this leaves it at least four times that. 30 nested
    /// `{{#sections}}` over a flat list of two stop here in about a second of a debug build.
    package static let steps = 1 << 22
}

/// The bounds of one rendering: `TemplateLimits`' by default, smaller in tests.
package struct RenderLimits: Sendable {
    package var outputSize = TemplateLimits.outputSize
    package var steps = TemplateLimits.steps

    package init(outputSize: Int = TemplateLimits.outputSize, steps: Int = TemplateLimits.steps) {
        self.outputSize = outputSize
        self.steps = steps
    }
}
