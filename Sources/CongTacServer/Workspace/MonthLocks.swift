/// One writer at a time per month: a save's read-compare-write (and an accept's, a restore's)
/// runs under its month's lock, so two saves with the same `If-Match` cannot both pass the compare.
///
/// An actor alone would not do: its methods interleave at every `await`. This one hands the
/// month to waiters in arrival order through continuations.
public actor MonthLocks {
    private var held: Set<String> = []
    private var waiters: [String: [CheckedContinuation<Void, Never>]] = [:]

    public init() {}

    public func withLock<T: Sendable>(_ key: String, _ body: @Sendable () async throws -> T) async throws -> T {
        await acquire(key)
        defer { release(key) }
        return try await body()
    }

    private func acquire(_ key: String) async {
        if !held.contains(key) {
            held.insert(key)
            return
        }
        await withCheckedContinuation { waiters[key, default: []].append($0) }
    }

    private func release(_ key: String) {
        if var queue = waiters[key], !queue.isEmpty {
            let next = queue.removeFirst()
            waiters[key] = queue.isEmpty ? nil : queue
            next.resume()  // `held` stays set: the month passes to the next waiter.
        } else {
            held.remove(key)
        }
    }
}
