/// Writes RFC 4180 CSV. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
public struct CSVWriter: Sendable {
    public private(set) var text = ""

    public init(header: [String]) { append(header) }

    public mutating func append(_ row: [String]) {
        text += row.map(Self.cell).joined(separator: ",") + "\r\n"
    }

    public static func cell(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@\t\r".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { ",\"\r\n".contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
