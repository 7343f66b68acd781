/// The bounds an agency's template set is held to, so that no template can crash the program, take
/// minutes to check or fill the memory: each breach is a located error, not a trap.
package enum TemplateLimits {
    /// Bytes of one template file: the built-in ones are under 10 KiB.
    package static let fileSize = 1 << 20
    /// Sections and partials open at once along any path (the built-in templates use under ten). Keeps the
    /// parser's and the renderer's stacks small whatever the text.
    package static let nesting = 64
    /// Bytes of one rendered part: about 1.2 KB a DOCX agenda item, so the scale case (22,000 items)
    /// renders about 27 MB.
    package static let outputSize = 64 << 20
    /// Section bodies and partials entered while rendering one part, each counted as deep as the
    /// stack its names are looked up in: bounds the time of a template whose nested sections repeat
    /// without writing anything. (The example of 54 items takes 1,509 for its DOCX body: about 28 an
    /// item, so the scale case of 22,000 items about 620,000.)
    package static let steps = 1 << 23
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
