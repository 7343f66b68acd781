import CongTacLoading
import CongTacModel
import Foundation

/// The published programmes transcribed under `examples/`, by name without `.yaml`: every one of
/// them, so that an example added there is tested without a change here.
public let exampleNames: [String] = {
    let folder = packageRoot.appendingPathComponent("examples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
}()

/// The path of an example.
public func example(_ name: String) -> String {
    packageRoot.appendingPathComponent("examples/\(name).yaml").path
}

/// An example that did not load cleanly.
public struct ExampleError: Error, CustomStringConvertible {
    public var name: String
    public var diagnostics: [Diagnostic]
    public var description: String { "\(name): \(diagnostics)" }
}

/// Loads an example; it must have no errors.
public func loadExample(_ name: String) throws -> Schedule {
    let result = ScheduleLoader(language: .en).load(path: example(name))
    guard let schedule = result.renderable else { throw ExampleError(name: name, diagnostics: result.diagnostics) }
    return schedule
}
