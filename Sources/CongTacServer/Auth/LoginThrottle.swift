import Foundation

/// Failed logins counted per user name and per address: after `limit` failures within `window`,
/// logins for that key are refused (429 with Retry-After) until the oldest failure leaves the
/// window. Kept in memory: a restart forgets, which costs a guesser a restart they cannot cause.
actor LoginThrottle {
    private var failures: [String: [Date]] = [:]
    let limit: Int
    let window: TimeInterval

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// Seconds to wait before any of `keys` may try again, or nil.
    func retryAfter(_ keys: [String], now: Date = Date()) -> Int? {
        var wait: TimeInterval = 0
        for key in keys {
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
            failures[key] = recent.isEmpty ? nil : recent
            if recent.count >= limit, let oldest = recent.first {
                wait = max(wait, window - now.timeIntervalSince(oldest))
            }
        }
        return wait > 0 ? max(1, Int(wait.rounded(.up))) : nil
    }

    func fail(_ keys: [String], now: Date = Date()) {
        for key in keys { failures[key, default: []].append(now) }
        // Bound the memory a scan of many names could take.
        if failures.count > 10_000 {
            failures = failures.filter { $0.value.contains { now.timeIntervalSince($0) < window } }
        }
    }

    func succeed(_ key: String) {
        failures[key] = nil
    }
}
