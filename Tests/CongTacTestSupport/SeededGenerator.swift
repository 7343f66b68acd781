import Foundation

/// The random numbers of every randomised test: seeded, so that a failure replays exactly.
///
/// The seed is the test's fixed one unless `CONGTAC_TEST_SEED` gives another (decimal or `0x…`
/// hex), to explore more inputs or to replay a reported one. Tests put `description` into their
/// failure messages: a failure names its seed and how to replay it. (SplitMix64: small, fast,
/// and every seed gives a full-period sequence.)
public struct SeededGenerator: RandomNumberGenerator, CustomStringConvertible {
    /// The environment variable that overrides the fixed seeds.
    public static let environmentKey = "CONGTAC_TEST_SEED"

    public let seed: UInt64
    private var state: UInt64

    /// A generator seeded with `CONGTAC_TEST_SEED` when set, else with `seed`.
    public init(seed: UInt64) {
        let override = ProcessInfo.processInfo.environment[Self.environmentKey].flatMap(Self.parse)
        self.init(exactly: override ?? seed)
    }

    /// A generator seeded with `seed`, whatever the environment says.
    public init(exactly seed: UInt64) {
        self.seed = seed
        self.state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func next(_ bound: Int) -> Int {
        Int.random(in: 0..<bound, using: &self)
    }

    /// `seed 0x…, replay with CONGTAC_TEST_SEED=0x…`.
    public var description: String {
        let hex = "0x" + String(seed, radix: 16)
        return "seed \(hex), replay with \(Self.environmentKey)=\(hex)"
    }

    static func parse(_ text: String) -> UInt64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased().hasPrefix("0x") { return UInt64(trimmed.dropFirst(2), radix: 16) }
        return UInt64(trimmed)
    }
}
