import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads the first sheet of an Excel workbook (.xlsx, Office Open XML) as rows of text, the shape `CSVReader` gives:
/// monitors keep their incident lists in Excel, and saving as CSV first loses nothing but costs them a step and, in
/// some locales, the separators. Cells keep their text; numbers their written digits; cells formatted as dates become
/// ISO dates (2021-02-05), from the workbook's 1900 or 1904 date system; booleans TRUE or FALSE. A row's `line` is the
/// sheet's row number, as Excel shows it. Empty rows are skipped.
public enum XLSXReader {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let reason: String
        public var description: String { reason }
    }

    /// Parts larger than this, unpacked, are refused: a small upload must not unpack into gigabytes.
    public static let maximumPartBytes = 64 * 1024 * 1024

    /// Whether the bytes start as a ZIP file does (every .xlsx is one).
    public static func looksLikeWorkbook(_ data: Data) -> Bool { data.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    public static func rows(_ data: Data) throws -> [CSVReader.Row] {
        let zip: ZIPFoundation.Archive
        do { zip = try ZIPFoundation.Archive(data: data, accessMode: .read) } catch {
            throw Failure(reason: "not an Excel workbook (.xlsx): the file is not a ZIP archive")
        }
        func part(_ path: String) throws -> Data? {
            guard let entry = zip[path] else { return nil }
            guard entry.uncompressedSize <= UInt64(maximumPartBytes) else {
                throw Failure(reason: "the workbook's \(path) unpacks to over \(maximumPartBytes / 1024 / 1024) MB")
            }
            var out = Data()
            do { _ = try zip.extract(entry) { out.append($0) } } catch { throw Failure(reason: "the workbook's \(path) cannot be unpacked") }
            return out
        }
        guard let workbook = try part("xl/workbook.xml") else { throw Failure(reason: "not an Excel workbook (.xlsx): it has no xl/workbook.xml") }
        let book = try WorkbookPart.read(workbook)
        let sheetPath = try part("xl/_rels/workbook.xml.rels").flatMap { try RelationshipsPart.target(of: book.firstSheet, in: $0) }
            .map { $0.hasPrefix("/") ? String($0.dropFirst()) : "xl/" + $0 } ?? "xl/worksheets/sheet1.xml"
        guard let sheet = try part(sheetPath) else { throw Failure(reason: "the workbook has no first sheet (\(sheetPath))") }
        let strings = try part("xl/sharedStrings.xml").map(SharedStringsPart.read) ?? []
        let dateStyles = try part("xl/styles.xml").map(StylesPart.dateStyles) ?? []
        return try SheetPart.read(sheet, strings: strings, dateStyles: dateStyles, date1904: book.date1904)
    }

    /// Runs a SAX parser over a part; `Failure` when the XML is malformed.
    fileprivate static func parse(_ data: Data, _ delegate: some XMLParserDelegate, part: String) throws {
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        let parsed = parser.parse()
        guard parsed, parser.parserError == nil else { throw Failure(reason: "the workbook's \(part) is not well-formed XML") }
    }

    /// The date a serial number stands for, as ISO: days since 1899-12-30 (the 1900 system, with Excel's phantom
    /// 29 February 1900 already behind day 60) or since 1904-01-01.
    static func isoDate(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }  // up to 9999-12-31
        let epoch = date1904 ? DateComponents(year: 1904, month: 1, day: 1) : DateComponents(year: 1899, month: 12, day: 30)
        guard let start = calendar.date(from: epoch),
              let day = calendar.date(byAdding: .day, value: Int(serial.rounded(.down)), to: start) else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        guard let y = parts.year, let m = parts.month, let d = parts.day else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// Gregorian days in UTC, made once rather than for every date cell.
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// The zero-based column of a cell reference ("C7" → 2, "AA1" → 26).
    static func column(of reference: String) -> Int? {
        var value = 0, letters = 0
        for scalar in reference.unicodeScalars {
            guard let ascii = scalar.isASCII ? UInt8(scalar.value) : nil else { return nil }
            switch ascii {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = value * 26 + Int(ascii - UInt8(ascii: "A")) + 1; letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = value * 26 + Int(ascii - UInt8(ascii: "a")) + 1; letters += 1
            default: return letters == 0 ? nil : value - 1
            }
        }
        return letters == 0 ? nil : value - 1
    }
}

/// `xl/workbook.xml`: the first sheet's relationship and the date system.
private final class WorkbookPart: NSObject, XMLParserDelegate {
    var firstSheet: String?
    var date1904 = false

    static func read(_ data: Data) throws -> WorkbookPart {
        let part = WorkbookPart()
        try XLSXReader.parse(data, part, part: "xl/workbook.xml")
        return part
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        switch name {
        case "sheet" where firstSheet == nil: firstSheet = attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value
        case "workbookPr": date1904 = ["1", "true"].contains(attributes["date1904"]?.lowercased() ?? "")
        default: break
        }
    }
}

/// `xl/_rels/workbook.xml.rels`: where a relationship points.
private final class RelationshipsPart: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]

    static func target(of id: String?, in data: Data) throws -> String? {
        guard let id else { return nil }
        let part = RelationshipsPart()
        try XLSXReader.parse(data, part, part: "xl/_rels/workbook.xml.rels")
        return part.targets[id]
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
}

/// `xl/sharedStrings.xml`: the text of each shared string, its rich-text runs joined.
private final class SharedStringsPart: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current: String?
    private var inText = false
    /// Phonetic guides (`rPh`) hold readings, not the text.
    private var inPhonetic = false

    static func read(_ data: Data) throws -> [String] {
        let part = SharedStringsPart()
        try XLSXReader.parse(data, part, part: "xl/sharedStrings.xml")
        return part.strings
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "rPh": inPhonetic = true
        case "t": inText = !inPhonetic
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current? += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current ?? ""); current = nil
        case "rPh": inPhonetic = false
        case "t": inText = false
        default: break
        }
    }
}

/// `xl/styles.xml`: which cell styles (`cellXfs` positions) show a number as a date.
private final class StylesPart: NSObject, XMLParserDelegate {
    private var customFormats: [Int: String] = [:]
    private var cellFormats: [Int] = []
    private var inCellXfs = false

    /// Excel's built-in date and date-time formats.
    static let builtInDateFormats: Set<Int> = Set(14...22).union(45...47)

    static func dateStyles(_ data: Data) throws -> Set<Int> {
        let part = StylesPart()
        try XLSXReader.parse(data, part, part: "xl/styles.xml")
        var out: Set<Int> = []
        for (index, format) in part.cellFormats.enumerated() {
            if builtInDateFormats.contains(format) || part.customFormats[format].map(isDateFormat) == true { out.insert(index) }
        }
        return out
    }

    /// Whether a format code shows a date: it names days or years outside quoted text and brackets ("dd.mm.yyyy").
    static func isDateFormat(_ code: String) -> Bool {
        var plain = "", quoted = false, bracketed = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            default: if !quoted && !bracketed { plain.append(character) }
            }
        }
        return plain.contains("d") || plain.contains("y")
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        switch name {
        case "numFmt": if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { customFormats[id] = code }
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs: cellFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "cellXfs" { inCellXfs = false }
    }
}

/// A worksheet: rows of cells, each by its column.
private final class SheetPart: NSObject, XMLParserDelegate {
    let strings: [String]
    let dateStyles: Set<Int>
    let date1904: Bool
    var rows: [CSVReader.Row] = []
    var failure: XLSXReader.Failure?

    private var rowNumber = 0
    private var cells: [Int: String] = [:]
    private var cell: (column: Int, type: String, style: Int)?
    private var value = ""
    private var collecting = false

    init(strings: [String], dateStyles: Set<Int>, date1904: Bool) {
        self.strings = strings
        self.dateStyles = dateStyles
        self.date1904 = date1904
    }

    static func read(_ data: Data, strings: [String], dateStyles: Set<Int>, date1904: Bool) throws -> [CSVReader.Row] {
        let part = SheetPart(strings: strings, dateStyles: dateStyles, date1904: date1904)
        try XLSXReader.parse(data, part, part: "the sheet")
        if let failure = part.failure { throw failure }
        return part.rows
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        switch name {
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            cells = [:]
        case "c":
            let column = attributes["r"].flatMap(XLSXReader.column(of:)) ?? ((cells.keys.max() ?? -1) + 1)
            cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0)
            value = ""
        case "v", "t":
            collecting = cell != nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if collecting { value += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": collecting = false
        case "c":
            guard let cell else { return }
            cells[cell.column] = text(of: cell)
            self.cell = nil
        case "row":
            let last = cells.filter { !$0.value.isEmpty }.keys.max()
            guard let last else { return }
            rows.append(CSVReader.Row(line: rowNumber, fields: (0...last).map { (cells[$0] ?? "").trimmingCharacters(in: .whitespaces) }))
        default: break
        }
    }

    private func text(of cell: (column: Int, type: String, style: Int)) -> String {
        switch cell.type {
        case "s":
            guard let index = Int(value), strings.indices.contains(index) else {
                failure = failure ?? XLSXReader.Failure(reason: "row \(rowNumber): a cell names shared string \(value), which the workbook lacks")
                return ""
            }
            return strings[index]
        case "b": return value == "1" ? "TRUE" : "FALSE"
        case "e": return ""
        case "n" where dateStyles.contains(cell.style):
            return Double(value).flatMap { XLSXReader.isoDate(serial: $0, date1904: date1904) } ?? value
        default: return value
        }
    }
}
