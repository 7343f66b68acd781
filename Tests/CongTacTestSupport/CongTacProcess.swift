import Foundation

/// What a run of the built `congtac` printed and returned.
public struct RunResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// The `congtac` binary built beside the test executable.
public let congtacBinary: URL = {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    // On Linux the tests run from `<build>/debug/congtacPackageTests.xctest`; the binary is in `<build>/debug`.
    while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("congtac").path),
          folder.path != "/" {
        folder = folder.deletingLastPathComponent()
    }
    return folder.appendingPathComponent("congtac")
}()

/// Runs `congtac` with `arguments` in `directory`, with `CONGTAC_LANG` unset unless given.
@discardableResult
public func congtac(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> RunResult {
    let process = Process()
    process.executableURL = congtacBinary
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "CONGTAC_LANG")
    env.merge(environment) { $1 }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return RunResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self))
}
