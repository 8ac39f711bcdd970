/// A plain-text table for terminals: columns padded to their widest cell, long cells cut with an ellipsis.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []
    /// The widest a column may grow; wider cells are cut.
    var maxWidth = 60

    init(_ headers: String...) { self.headers = headers }

    mutating func add(_ cells: String...) { rows.append(cells) }
    mutating func add(_ cells: [String]) { rows.append(cells) }

    func render() -> String {
        let cut = ([headers] + rows).map { $0.map { cell($0) } }
        let widths = headers.indices.map { i in cut.map { $0.indices.contains(i) ? $0[i].count : 0 }.max() ?? 0 }
        var lines: [String] = []
        for (n, row) in cut.enumerated() {
            let padded = row.enumerated().map { i, c in
                i == row.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count)
            }
            lines.append(padded.joined(separator: "  "))
            if n == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
        return lines.joined(separator: "\n")
    }

    private func cell(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > maxWidth ? String(flat.prefix(maxWidth - 1)) + "…" : flat
    }
}
