/// The bounds an agency's template set is held to, so that no template can crash the program, take
/// minutes to check or fill the memory: each breach is a located error, not a trap.
package enum TemplateLimits {
    /// Bytes of one template file: the built-in ones are under 10 KiB.
    package static let fileSize = 1 << 20
    /// Sections and partials open at once along any path (the built-in templates use 7). Keeps the
    /// parser's and the renderer's stacks small whatever the text.
    package static let nesting = 64
    /// Bytes of one rendered part: the scale case (22,000 items) renders under 20 MiB.
    package static let outputSize = 64 << 20
    /// Section bodies and partials entered while rendering one part: bounds the time of a template
    /// whose nested sections repeat without writing anything (the scale case, 22,000 items, enters
    /// about 200,000).
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
