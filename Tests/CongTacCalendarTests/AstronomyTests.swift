import Testing
@testable import CongTacCalendar

/// The worked examples of Meeus, *Astronomical Algorithms* (2nd ed.), and independent checks.
@Suite struct AstronomyTests {
    /// Example 49.a: the new moon of 1977 February, k = −283, JDE = 2443192.65118.
    @Test func newMoonOfMeeusExample() {
        #expect(abs(Astronomy.newMoon(lunation: -283) - 2_443_192.651_18) < 0.000_01)
    }

    /// Example 25.a: on 1992 October 13.0 TD (JDE 2448908.5) the sun's apparent longitude is 199°.90895.
    @Test func sunLongitudeOfMeeusExample() {
        #expect(abs(Astronomy.sunApparentLongitude(jde: 2_448_908.5) - 199.908_95) < 0.000_05)
    }

    /// ΔT near its tabulated values (Meeus, table 10.A): about −2.7 s in 1900, 29 s in 1950, 63.8 s in 2000.
    @Test func deltaTNearTabulatedValues() {
        #expect(abs(Astronomy.deltaT(year: 1900) - -2.8) < 0.5)
        #expect(abs(Astronomy.deltaT(year: 1950) - 29.1) < 0.5)
        #expect(abs(Astronomy.deltaT(year: 2000) - 63.8) < 0.5)
    }

    /// New moons that fall within a minute of midnight at UTC+7 start their month on the day the
    /// JPL ephemeris DE421 gives (instants computed with Skyfield): 1944-06-20 23:59:17 and
    /// 1967-07-07 23:59:59 local time.
    @Test func newMoonsNearMidnight() {
        let june1944 = Astronomy.lunation(near: 2_431_262.0)
        #expect(LunarYearBuilder.firstDay(lunation: june1944) == CivilDate(year: 1944, month: 6, day: 20).dayNumber)
        let july1967 = Astronomy.lunation(near: 2_439_679.0)
        #expect(LunarYearBuilder.firstDay(lunation: july1967) == CivilDate(year: 1967, month: 7, day: 7).dayNumber)
    }
}
