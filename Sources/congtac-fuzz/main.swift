// The replayer's entry point. Under `-D FUZZING` (built with `-parse-as-library`, which libFuzzer's own
// `main` needs) this file holds nothing: libFuzzer calls `LLVMFuzzerTestOneInput` (Entry.swift).
//
// The one statement is written as a declaration because `-parse-as-library` rejects a top-level
// expression even inside an inactive `#if` block; a `Never` global runs in order like any other
// top-level code of main.swift.
#if !FUZZING
import Foundation

/// Replays the files named on the command line and exits with the replayer's status.
let replayerExit: Never = exit(Replayer.main(Array(CommandLine.arguments.dropFirst())))
#endif
