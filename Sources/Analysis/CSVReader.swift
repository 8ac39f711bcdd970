/// Reads CSV as spreadsheets save it (RFC 4180): fields in double quotes may hold separators, line breaks and doubled
/// quotes. The separator is a comma, or a semicolon when the header line has more of those (spreadsheets set to a
/// European locale save so). A byte-order mark is dropped; blank lines are skipped.
public enum CSVReader {
    public struct Row: Sendable {
        /// The line of the file the row starts on, counting from 1.
        public let line: Int
        public let fields: [String]
    }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    public static func rows(_ text: String) throws -> [Row] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let separator = Self.separator(of: scalars)
        var rows: [Row] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, rowLine = 1
        var quoted = false, quoteLine = 1
        var i = 0
        func endField() {
            fields.append(String(field).trimmingCharacters(in: .whitespaces))
            field = String.UnicodeScalarView()
        }
        func endRow() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
            fields = []
        }
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                    // A Windows line break inside a field is kept as one "\n" (below).
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
            } else if c == "\"" && String(field).allSatisfy(\.isWhitespace) {
                field = String.UnicodeScalarView()
                quoted = true
                quoteLine = line
            } else if c == separator {
                endField()
            } else if c == "\n" || c == "\r" {
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                endRow()
                line += 1
                rowLine = line
            } else {
                field.append(c)
            }
            i += 1
        }
        if quoted { throw Failure(line: quoteLine, reason: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }

    /// A comma, or a semicolon when the first line (outside quotes) has more semicolons than commas.
    static func separator(of scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, quoted = false
        for c in scalars {
            if c == "\"" { quoted.toggle() } else if !quoted {
                if c == "\n" { break }
                if c == "," { commas += 1 } else if c == ";" { semicolons += 1 }
            }
        }
        return semicolons > commas ? ";" : ","
    }
}
