import Foundation

/// The two astronomical quantities the lunisolar calendar needs, after Jean Meeus,
/// *Astronomical Algorithms* (2nd ed., 1998): the instants of new moon (chapter 49) and the
/// sun's apparent longitude (chapter 25, the "low accuracy" method, good to about 0.01°).
///
/// Times are Julian Ephemeris Days (dynamical time, TT) unless a name says `UT`.
enum Astronomy {
    /// The mean synodic month in days (Meeus eq. 49.1).
    static let synodicMonth = 29.530588861

    /// The Julian Day of 1970-01-01 at 0h UT, the origin of `CivilDate.dayNumber`.
    static let unixEpochJD = 2_440_587.5

    // MARK: - New moon (Meeus, chapter 49)

    /// The lunation number whose mean new moon is nearest to `jde`; k = 0 is the new moon of 2000-01-06.
    static func lunation(near jde: Double) -> Int {
        Int(((jde - 2_451_550.097_66) / synodicMonth).rounded())
    }

    /// The instant (JDE, TT) of the true new moon of lunation `k`.
    static func newMoon(lunation k: Int) -> Double {
        let k = Double(k)
        let t = k / 1236.85
        let t2 = t * t, t3 = t2 * t, t4 = t3 * t

        // Mean phase (eq. 49.1).
        var jde = 2_451_550.097_66 + synodicMonth * k
            + 0.000_154_37 * t2 - 0.000_000_150 * t3 + 0.000_000_000_73 * t4

        // Eccentricity of the Earth's orbit (eq. 47.6) and the fundamental arguments (49.4–49.7).
        let e = 1 - 0.002_516 * t - 0.000_007_4 * t2
        let m = radians(2.5534 + 29.105_356_70 * k - 0.000_001_4 * t2 - 0.000_000_11 * t3)
        let mp = radians(201.5643 + 385.816_935_28 * k + 0.010_758_2 * t2 + 0.000_012_38 * t3 - 0.000_000_058 * t4)
        let f = radians(160.7108 + 390.670_502_84 * k - 0.001_611_8 * t2 - 0.000_002_27 * t3 + 0.000_000_011 * t4)
        let omega = radians(124.7746 - 1.563_755_88 * k + 0.002_067_2 * t2 + 0.000_002_15 * t3)

        // Periodic terms for the new moon.
        var c = -0.407_20 * sin(mp)
        c += 0.172_41 * e * sin(m)
        c += 0.016_08 * sin(2 * mp)
        c += 0.010_39 * sin(2 * f)
        c += 0.007_39 * e * sin(mp - m)
        c -= 0.005_14 * e * sin(mp + m)
        c += 0.002_08 * e * e * sin(2 * m)
        c -= 0.001_11 * sin(mp - 2 * f)
        c -= 0.000_57 * sin(mp + 2 * f)
        c += 0.000_56 * e * sin(2 * mp + m)
        c -= 0.000_42 * sin(3 * mp)
        c += 0.000_42 * e * sin(m + 2 * f)
        c += 0.000_38 * e * sin(m - 2 * f)
        c -= 0.000_24 * e * sin(2 * mp - m)
        c -= 0.000_17 * sin(omega)
        c -= 0.000_07 * sin(mp + 2 * m)
        c += 0.000_04 * sin(2 * mp - 2 * f)
        c += 0.000_04 * sin(3 * m)
        c += 0.000_03 * sin(mp + m - 2 * f)
        c += 0.000_03 * sin(2 * mp + 2 * f)
        c -= 0.000_03 * sin(mp + m + 2 * f)
        c += 0.000_03 * sin(mp - m + 2 * f)
        c -= 0.000_02 * sin(mp - m - 2 * f)
        c -= 0.000_02 * sin(3 * mp + m)
        c += 0.000_02 * sin(4 * mp)
        jde += c

        // Additional corrections for all phases (planetary arguments A1…A14).
        let planetary: [(amplitude: Double, base: Double, rate: Double)] = [
            (0.000_325, 299.77, 0.107_408),
            (0.000_165, 251.88, 0.016_321),
            (0.000_164, 251.83, 26.651_886),
            (0.000_126, 349.42, 36.412_478),
            (0.000_110, 84.66, 18.206_239),
            (0.000_062, 141.74, 53.303_771),
            (0.000_060, 207.14, 2.453_732),
            (0.000_056, 154.84, 7.306_860),
            (0.000_047, 34.52, 27.261_239),
            (0.000_042, 207.19, 0.121_824),
            (0.000_040, 291.34, 1.844_379),
            (0.000_037, 161.72, 24.198_154),
            (0.000_035, 239.56, 25.513_099),
            (0.000_023, 331.55, 3.592_518),
        ]
        for (index, term) in planetary.enumerated() {
            var argument = term.base + term.rate * k
            if index == 0 { argument -= 0.009_173 * t2 }
            jde += term.amplitude * sin(radians(argument))
        }
        return jde
    }

    // MARK: - The sun (Meeus, chapter 25)

    /// The sun's apparent geocentric longitude in degrees, 0 ≤ λ < 360, at `jde` (TT).
    static func sunApparentLongitude(jde: Double) -> Double {
        let t = (jde - 2_451_545.0) / 36_525
        let t2 = t * t
        let l0 = 280.466_46 + 36_000.769_83 * t + 0.000_303_2 * t2  // mean longitude (25.2)
        let m = radians(357.529_11 + 35_999.050_29 * t - 0.000_153_7 * t2)  // mean anomaly (25.3)
        let center = (1.914_602 - 0.004_817 * t - 0.000_014 * t2) * sin(m)
            + (0.019_993 - 0.000_101 * t) * sin(2 * m)
            + 0.000_289 * sin(3 * m)
        let omega = radians(125.04 - 1934.136 * t)
        // True longitude, then nutation and aberration.
        let lambda = l0 + center - 0.005_69 - 0.004_78 * sin(omega)
        let reduced = lambda.truncatingRemainder(dividingBy: 360)
        return reduced < 0 ? reduced + 360 : reduced
    }

    // MARK: - Time scales

    /// ΔT = TT − UT in seconds for a decimal year, from the polynomial expressions of
    /// Espenak & Meeus (NASA, *Five Millennium Canon of Solar Eclipses*, 2006), which fit the
    /// observed values tabulated by Meeus (chapter 10) and extrapolate beyond them.
    static func deltaT(year y: Double) -> Double {
        switch y {
        case ..<1700:
            let u = (y - 1820) / 100
            return -20 + 32 * u * u
        case ..<1800:
            let t = y - 1700
            return 8.83 + 0.1603 * t - 0.005_928_5 * t * t + 0.000_133_36 * pow(t, 3) - pow(t, 4) / 1_174_000
        case ..<1860:
            let t = y - 1800
            return 13.72 - 0.332_447 * t + 0.006_861_2 * t * t + 0.004_111_6 * pow(t, 3)
                - 0.000_374_36 * pow(t, 4) + 0.000_012_127_2 * pow(t, 5)
                - 0.000_000_169_9 * pow(t, 6) + 0.000_000_000_875 * pow(t, 7)
        case ..<1900:
            let t = y - 1860
            return 7.62 + 0.5737 * t - 0.251_754 * t * t + 0.016_806_68 * pow(t, 3)
                - 0.000_447_362_4 * pow(t, 4) + pow(t, 5) / 233_174
        case ..<1920:
            let t = y - 1900
            return -2.79 + 1.494_119 * t - 0.059_893_9 * t * t + 0.006_196_6 * pow(t, 3) - 0.000_197 * pow(t, 4)
        case ..<1941:
            let t = y - 1920
            return 21.20 + 0.844_93 * t - 0.076_100 * t * t + 0.002_093_6 * pow(t, 3)
        case ..<1961:
            let t = y - 1950
            return 29.07 + 0.407 * t - t * t / 233 + pow(t, 3) / 2547
        case ..<1986:
            let t = y - 1975
            return 45.45 + 1.067 * t - t * t / 260 - pow(t, 3) / 718
        case ..<2005:
            let t = y - 2000
            return 63.86 + 0.3345 * t - 0.060_374 * t * t + 0.001_727_5 * pow(t, 3)
                + 0.000_651_814 * pow(t, 4) + 0.000_023_735_99 * pow(t, 5)
        case ..<2050:
            let t = y - 2000
            return 62.92 + 0.322_17 * t + 0.005_589 * t * t
        case ..<2150:
            let u = (y - 1820) / 100
            return -20 + 32 * u * u - 0.5628 * (2150 - y)
        default:
            let u = (y - 1820) / 100
            return -20 + 32 * u * u
        }
    }

    /// ΔT in days at an instant given as a Julian Day.
    static func deltaTDays(jd: Double) -> Double {
        deltaT(year: 2000 + (jd - 2_451_545.0) / 365.25) / 86_400
    }

    // MARK: - Local days

    /// The number (as `CivilDate.dayNumber`) of the local day, at `offsetHours` east of Greenwich,
    /// that contains the instant `jde` (TT).
    static func localDay(jde: Double, offsetHours: Double) -> Int {
        let ut = jde - deltaTDays(jd: jde)
        return Int((ut - unixEpochJD + offsetHours / 24).rounded(.down))
    }

    /// The instant (JDE, TT) of local midnight at the start of local day `day`.
    static func localMidnight(day: Int, offsetHours: Double) -> Double {
        let ut = Double(day) + unixEpochJD - offsetHours / 24
        return ut + deltaTDays(jd: ut)
    }

    private static func radians(_ degrees: Double) -> Double {
        degrees.truncatingRemainder(dividingBy: 360) * .pi / 180
    }
}
