/// The sexagenary cycle (can chi): ten heavenly stems (can) paired with twelve earthly branches (chi).
public enum CanChi {
    /// The ten stems, from Giáp.
    public static let stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
    /// The twelve branches, from Tý.
    public static let branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]

    /// The name of a lunar year: 1984 → `Giáp Tý`, 2025 → `Ất Tỵ`, 2026 → `Bính Ngọ`.
    public static func yearName(lunarYear: Int) -> String {
        // 1984 (a multiple of 60 plus 4) is Giáp Tý, the first year of a cycle.
        name(cycleIndex: lunarYear - 4)
    }

    /// The name of a day; the cycle runs without a break, and 1949-10-01 was a Giáp Tý day.
    public static func dayName(for date: CivilDate) -> String {
        name(cycleIndex: date.dayNumber - CivilDate(year: 1949, month: 10, day: 1).dayNumber)
    }

    /// The name at position `index` of the sixty-step cycle, 0 being Giáp Tý.
    private static func name(cycleIndex index: Int) -> String {
        "\(stems[mod(index, 10)]) \(branches[mod(index, 12)])"
    }

    private static func mod(_ a: Int, _ n: Int) -> Int { ((a % n) + n) % n }
}
