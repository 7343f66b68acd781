import CongTacLoading
import CongTacRendering
import Foundation

// Placeholder: the fuzz target is being written (see Fuzz/README.md once it lands).
for path in CommandLine.arguments.dropFirst() {
    _ = ScheduleLoader(language: .en).load(path: path)
}
