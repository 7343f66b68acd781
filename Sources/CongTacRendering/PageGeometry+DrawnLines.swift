/// The drawn lines the decree puts under the agency's name, the motto and the subject, as the
/// indents that centre them in their column (twips). Each text is measured at the size this geometry
/// sets it at, so that the line and its text cannot disagree.
extension PageGeometry {
    public struct DrawnLineIndents: Sendable, Equatable {
        public var agency: Int
        public var motto: Int
        public var title: Int
    }

    /// The short line under the agency's name and under the subject (`shortLine` of the text, at most
    /// its column); a line exactly as long as the motto under it.
    public func drawnLineIndents(agencyName: String, motto: String, subject: String) -> DrawnLineIndents {
        let agency = FontMetrics.width(of: agencyName, face: .bold, points: Self.pointSize(sizes.agency))
        let mottoWidth = FontMetrics.width(of: motto, face: .bold, points: Self.pointSize(sizes.mottoLine))
        let subjectWidth = FontMetrics.width(of: subject, face: .bold, points: Self.pointSize(sizes.title))
        return DrawnLineIndents(
            agency: Self.indent(forLine: shortLine.of(min(agency, headerLeft)), in: headerLeft),
            motto: Self.indent(forLine: mottoWidth, in: headerRight),
            title: Self.indent(forLine: shortLine.of(min(subjectWidth, textWidth)), in: textWidth))
    }

    /// Indents that centre a drawn line of `length` in a column of `width`.
    static func indent(forLine length: Int, in width: Int) -> Int {
        max(0, (width - min(length, width)) / 2)
    }

    static func pointSize(_ halfPoints: Int) -> Double { Double(halfPoints) / 2 }
}
