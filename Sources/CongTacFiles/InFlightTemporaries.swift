import Foundation
import Synchronization

/// The temporary files being written, for a SIGINT/SIGTERM/SIGHUP handler to remove before the process
/// ends. A signal handler may only call async-signal-safe functions: it reads a fixed table of C-string
/// paths, set up before the first temporary, through atomic bits (no allocation, no lock), calls
/// `unlink` for each, then re-raises the signal with its default action, so that the exit status
/// still says which signal ended the run.
///
/// A path too long for a slot, or a temporary beyond the slots (more than 128 in flight at once), is
/// not registered: the sweep of a later run removes it if a signal leaves it.
public enum InFlightTemporaries {
    public static let slotCount = 128
    public static let slotSize = Int(PATH_MAX)

    /// Registers `path`; the slot to `unregister` once the temporary is renamed or removed.
    public static func register(_ path: String) -> Int? {
        guard #available(macOS 15, *) else { return nil }
        return Table.shared.register(path)
    }

    public static func unregister(_ slot: Int) {
        guard #available(macOS 15, *) else { return }
        Table.shared.unregister(slot)
    }

    @available(macOS 15, *)
    private final class Table: @unchecked Sendable {
        /// Set up (and the handlers installed) on the first registration, never freed.
        static let shared = Table()

        /// `slotCount` paths of `slotSize` bytes each.
        let paths = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotSize)
        /// Bit k (of `low` for slots 0–63, of `high` for 64–127): slot k holds a complete path that
        /// the handler must remove.
        let low = Atomic<UInt64>(0)
        let high = Atomic<UInt64>(0)
        /// Slots taken by a writer (whether published or not), under `lock`.
        private var taken = [Bool](repeating: false, count: slotCount)
        private var handlersInstalled = false
        private let lock = NSLock()

        /// The slots are left unset (untouched pages cost nothing): a slot is read only once published.
        private init() {}

        /// Removes the published temporaries; called from the signal handler only.
        func removeAll() {
            // No array, no closure: nothing here may allocate.
            var bits = low.load(ordering: .acquiring)
            while bits != 0 {
                unlink(paths + bits.trailingZeroBitCount * slotSize)
                bits &= bits - 1
            }
            bits = high.load(ordering: .acquiring)
            while bits != 0 {
                unlink(paths + (64 + bits.trailingZeroBitCount) * slotSize)
                bits &= bits - 1
            }
        }

        func register(_ path: String) -> Int? {
            let bytes = Array(path.utf8CString)
            guard bytes.count <= slotSize else { return nil }
            lock.lock()
            // Installed once `shared` exists: the handler reads it without waiting for its set-up.
            if !handlersInstalled {
                handlersInstalled = true
                for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
                    // A signal the parent set to be ignored (SIGINT for a background job) stays ignored.
                    let previous = signal(signalNumber, handleSignal)
                    if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                        signal(signalNumber, SIG_IGN)
                    }
                }
            }
            let slot = taken.firstIndex(of: false)
            if let slot { taken[slot] = true }
            lock.unlock()
            guard let slot else { return nil }
            bytes.withUnsafeBufferPointer { (paths + slot * slotSize).initialize(from: $0.baseAddress!, count: $0.count) }
            // Releasing: the handler that sees the bit sees the whole path.
            let bit: UInt64 = 1 << UInt64(slot % 64)
            if slot < 64 { low.bitwiseOr(bit, ordering: .releasing) } else { high.bitwiseOr(bit, ordering: .releasing) }
            return slot
        }

        func unregister(_ slot: Int) {
            let mask: UInt64 = ~(1 << UInt64(slot % 64))
            if slot < 64 {
                low.bitwiseAnd(mask, ordering: .acquiringAndReleasing)
            } else {
                high.bitwiseAnd(mask, ordering: .acquiringAndReleasing)
            }
            lock.lock()
            taken[slot] = false
            lock.unlock()
        }
    }

    /// The handler: only `unlink`, `signal` and `raise`, which are async-signal-safe.
    @available(macOS 15, *)
    private static let handleSignal: @convention(c) (Int32) -> Void = { signalNumber in
        Table.shared.removeAll()
        signal(signalNumber, SIG_DFL)
        raise(signalNumber)
    }
}
