#if FUZZING
import Foundation

/// libFuzzer's entry point: one input through `FuzzTarget.run`. Built only with `-D FUZZING`
/// and `-sanitize=fuzzer` (see Fuzz/README.md for the whole build line).
@_cdecl("LLVMFuzzerTestOneInput")
public func congtacFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = data.map { Data(bytes: $0, count: size) } ?? Data()
    if importMode { ImportFuzzTarget.run(input) } else if templateMode { TemplateFuzzTarget.run(input) } else { _ = FuzzTarget.run(input) }
    return 0
}

/// Called by libFuzzer once before the first input: builds the renderers (parsing their templates)
/// so that the first input's time and allocations are its own.
@_cdecl("LLVMFuzzerInitialize")
public func congtacFuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>?,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> CInt {
    _ = docxRenderer
    _ = htmlRenderer
    _ = TemplateFuzzTarget.schedule
    _ = ImportFuzzTarget.previous
    return 0
}

/// libFuzzer's driver (`-sanitize=fuzzer` links it): parses the fuzzer's flags and runs the loop.
@_extern(c, "LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The program's `main`. SwiftPM links every executable target with `--defsym main=<module>_main`
/// (so that tests can import executables); with `-parse-as-library` Swift emits no such function,
/// so this one stands in for libFuzzer's own `main` and starts its driver.
@_cdecl("congtac_fuzz_main")
public func congtacFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, congtacFuzzTestOneInput)
}
#endif
