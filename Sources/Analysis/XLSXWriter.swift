import Foundation
import ZIPFoundation

/// Writes rows of text as an Excel workbook (.xlsx) of one sheet, the first row bold and frozen as a header: the
/// incident list as monitors open it in Excel without an import dialogue. Cells are inline strings, so every value
/// keeps its exact text (a date as 2021-02-05, an article as CC 174); `XLSXReader` reads it back.
public enum XLSXWriter {
    public static func workbook(sheetName: String = "Incidents", rows: [[String]]) throws -> Data {
        var sheet = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
            + "<sheetData>"
        for (r, row) in rows.enumerated() {
            sheet += #"<row r="\#(r + 1)">"#
            for (c, value) in row.enumerated() where !value.isEmpty {
                sheet += #"<c r="\#(columnName(c))\#(r + 1)" t="inlineStr"\#(r == 0 ? #" s="1""# : "")><is><t xml:space="preserve">\#(escape(value))</t></is></c>"#
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        let name = escape(String(sheetName.filter { !"[]:*?/\\".contains($0) }.prefix(31)))
        return try zip([
            ("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#),
            ("_rels/.rels", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="\#(name)" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#),
            ("xl/styles.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>"#),
            ("xl/worksheets/sheet1.xml", sheet),
        ])
    }

    /// A ZIP archive of text parts, deflated, in this order.
    static func zip(_ parts: [(path: String, text: String)]) throws -> Data {
        let archive = try ZIPFoundation.Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw XLSXReader.Failure(reason: "the workbook could not be written") }
        return data
    }

    /// The column letters of a zero-based index (0 → A, 26 → AA).
    static func columnName(_ index: Int) -> String {
        var n = index + 1, name = ""
        while n > 0 {
            let rest = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + rest))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// Text as XML character data: markup characters escaped (`Markup.escape`), the control characters XML 1.0
    /// forbids dropped.
    static func escape(_ text: String) -> String {
        Markup.escape(String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            scalar.value >= 0x20 ? scalar.value != 0xFFFE && scalar.value != 0xFFFF : ["\t", "\n", "\r"].contains(scalar)
        })))
    }
}
