import Mustache
import Testing
@testable import CongTacRendering
@testable import CongTacTemplates

extension TemplateLibrary {
    /// Renders `name` with swift-mustache: the reference the compiled templates are tested against.
    func renderReference(_ name: String, _ context: TemplateValue) throws -> String {
        var reference = MustacheLibrary()
        for (file, text) in templates.subset(prefix) {
            reference.register(try MustacheTemplate(string: text), named: file)
        }
        return try #require(reference.render(context.anyValue, withTemplate: name))
    }
}
