import Foundation

/// Runs saved inputs (crash files, corpus folders) through the fuzz target outside libFuzzer, so that
/// a crash can be replayed under the debugger and a corpus checked in a plain build.
enum Replayer {
    /// `congtac-fuzz [-v] FILE|DIR…`: each file, and every file under each folder (`-v` also prints
    /// the diagnostics); exit status 0 when all ran.
    static func main(_ arguments: [String]) -> Int32 {
        if arguments.isEmpty || arguments.contains("-h") || arguments.contains("--help") {
            print("usage: congtac-fuzz [-v] FILE|DIR…  (replays inputs through load → validate → render; see Fuzz/README.md)")
            return arguments.isEmpty ? 2 : 0
        }
        let verbose = arguments.contains("-v")
        let arguments = arguments.filter { $0 != "-v" }
        var inputs = 0
        var rendered = 0
        var errors = 0
        var warnings = 0
        var unreadable = 0
        var known = 0
        var refused = 0
        for path in expand(arguments) {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot read")
                unreadable += 1
                continue
            }
            let start = Date()
            if importMode {
                let outcome = ImportFuzzTarget.run(data)
                inputs += 1
                let what = outcome.refused.map { "refused [\($0)]" } ?? "\(outcome.days) days, \(outcome.items) items, \(outcome.warnings) warnings"
                print("\(path): \(data.count) bytes as \(outcome.kind); \(what) (\(Int(Date().timeIntervalSince(start) * 1000)) ms)")
                continue
            }
            if templateMode {
                let outcome = TemplateFuzzTarget.run(data)
                inputs += 1
                print("\(path): \(data.count) bytes; DOCX \(outcome.docx), HTML \(outcome.html) "
                      + "(\(Int(Date().timeIntervalSince(start) * 1000)) ms)")
                continue
            }
            let outcome = FuzzTarget.run(data)
            let milliseconds = Int(Date().timeIntervalSince(start) * 1000)
            inputs += 1
            errors += outcome.errors
            if outcome.errors > 0 { refused += 1 }
            warnings += outcome.warnings
            var line = "\(path): \(data.count) bytes, \(outcome.errors) errors, \(outcome.warnings) warnings"
            if outcome.rendered {
                rendered += 1
                line += "; rendered DOCX \(outcome.docxBytes) B, HTML page \(outcome.pageBytes) B, fragment \(outcome.fragmentBytes) B"
            }
            if !outcome.knownFindings.isEmpty {
                line += "; known findings \(outcome.knownFindings.sorted().joined(separator: ", "))"
                known += 1
            }
            print(line + " (\(milliseconds) ms)")
            if verbose {
                for diagnostic in outcome.diagnostics { print("  \(diagnostic)") }
            }
        }
        print("replayed \(inputs) inputs: \(rendered) rendered, \(refused) refused with errors; "
              + "\(errors) errors, \(warnings) warnings; \(known) ran into known findings; every other invariant held")
        return unreadable == 0 ? 0 : 1
    }

    /// Files as given, and the regular files under folders, sorted.
    static func expand(_ arguments: [String]) -> [String] {
        var paths: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
                paths.append(argument)
                continue
            }
            let names = (FileManager.default.subpaths(atPath: argument) ?? []).sorted()
            for name in names {
                let path = (argument as NSString).appendingPathComponent(name)
                var nested: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &nested), !nested.boolValue {
                    paths.append(path)
                }
            }
        }
        return paths
    }
}
