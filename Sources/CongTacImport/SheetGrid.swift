/// One worksheet (or a CSV file) as rows of cells, whatever produced it.
struct SheetGrid {
    var name: String
    var rows: [[SheetCell]] = []
}

struct SheetCell {
    var text: String
    /// A numeric cell's value: an Excel date serial when it stands in the day column.
    var number: Double?
    var place: ImportPlace
    /// Covered by a merged range that starts above (a day cell merged over its rows).
    var mergedFromAbove = false
}
