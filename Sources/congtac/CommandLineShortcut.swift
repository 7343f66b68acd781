/// The command line's one speed trick, fenced here: the common `congtac render FILE… [--format F]
/// [--output DIR] [--lang L]` is read without swift-argument-parser.
///
/// Why: a process that renders one month spent about a fifth of its instructions in the parser, which
/// reads each command's properties by reflection, and the Swift runtime answers each first question
/// about a type by scanning the binary's 6,000 conformance records (callgrind: 16 of 70 million
/// instructions for one month to PDF; about 2 ms of the 15.8 ms a month's PDF took, issue #12).
///
/// What keeps it honest: it only fills a `Render` the way the parser would and runs the same
/// `validate()` and `run()`; anything else on the line (another command, any other option, `--help`,
/// a repeated option, a value that starts with `-`, `--`) returns nil and goes to the parser, and so
/// does any argument `validate()` refuses, so every message stays the parser's.
/// `CommandLineShortcutTests` compares every stored property of `Render` as both read it, over a set of
/// command lines, and lists the ones left to the parser.
enum CommandLineShortcut {
    /// The `render` command `arguments` (without the program's name) ask for, or nil to leave them to
    /// swift-argument-parser.
    static func render(_ arguments: [String]) -> Render? {
        guard arguments.first == "render" else { return nil }
        var files: [String] = []
        var values: [String: String] = [:]
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-") else {
                files.append(argument)
                continue
            }
            var name = argument
            var value: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            let key: String
            switch name {
            case "--format": key = "format"
            case "--output", "-o": key = "output"
            case "--lang": key = "lang"
            default: return nil
            }
            if value == nil { value = rest.popFirst() }
            guard let value, !value.hasPrefix("-"), values[key] == nil else { return nil }
            values[key] = value
        }
        guard !files.isEmpty else { return nil }
        var render = Render()
        render.files = files
        render.format = values["format"] ?? Render.defaultFormat
        render.view = Render.defaultView
        render.leader = nil
        render.output = values["output"]
        render.fragment = false
        render.inline = false
        render.week = nil
        render.partial = false
        render.templates = nil
        var language = LanguageOption()
        language.lang = values["lang"]
        render.language = language
        return render
    }
}

extension CongTac {
    /// The program's entry: the shortcut for a plain `render`, else swift-argument-parser.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let render = CommandLineShortcut.render(arguments), (try? render.validate()) != nil else {
            main(nil)
            return
        }
        do {
            try render.run()
        } catch {
            exit(withError: error)
        }
    }
}
