import Foundation
import Testing
@testable import Analysis

/// Excel workbooks read as rows of text (workbooks built in the tests, as Excel and LibreOffice lay them out).
@Suite struct XLSXReaderTests {
    static let main = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#

    /// A workbook of the parts Excel writes, with this sheet, shared strings and styles.
    static func workbook(sheet: String, strings: [String] = [], styles: String? = nil, date1904: Bool = false) throws -> Data {
        var parts: [(path: String, text: String)] = [
            ("xl/workbook.xml", #"<workbook \#(main) xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
                + (date1904 ? #"<workbookPr date1904="1"/>"# : "") + #"<sheets><sheet name="Log" sheetId="1" r:id="rId7"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="worksheet" Target="worksheets/log.xml"/></Relationships>"#),
            ("xl/worksheets/log.xml", #"<worksheet \#(main)><sheetData>\#(sheet)</sheetData></worksheet>"#),
        ]
        if !strings.isEmpty { parts.append(("xl/sharedStrings.xml", #"<sst \#(main)>"# + strings.map { "<si>\($0)</si>" }.joined() + "</sst>")) }
        if let styles { parts.append(("xl/styles.xml", #"<styleSheet \#(main)>\#(styles)</styleSheet>"#)) }
        return try XLSXWriter.zip(parts)
    }

    @Test func sharedAndInlineStringsNumbersDatesAndGapsAreRead() throws {
        let styles = #"<numFmts><numFmt numFmtId="164" formatCode="dd\.mm\.yyyy"/><numFmt numFmtId="165" formatCode="0.00&quot; KZT&quot;"/></numFmts>"#
            + #"<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>"#
        let sheet = #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>"#
            + #"<row r="3"><c r="A3" s="1"><v>44232</v></c><c r="B3" t="s"><v>3</v></c><c r="C3" s="3"><v>538000</v></c><c r="D3" t="inlineStr"><is><t> CC 174; CC 274 </t></is></c></row>"#
            + #"<row r="4"><c r="A4" s="2"><v>44256.75</v></c><c r="B4" t="b"><v>1</v></c><c r="D4" t="e"><v>#N/A</v></c></row>"#
            + #"<row r="5"><c r="A5"/></row>"#
        let strings = ["<t>date</t>", "<r><rPr><b/></rPr><t>event</t></r><r><t xml:space=\"preserve\">_type</t></r>",
                       "<t>legal_provisions</t><rPh><t>ignored reading</t></rPh>", "<t>fine</t>"]
        let rows = try XLSXReader.rows(try Self.workbook(sheet: sheet, strings: strings, styles: styles))
        #expect(rows.map(\.line) == [1, 3, 4])
        #expect(rows[0].fields == ["date", "event_type", "", "legal_provisions"])
        // 44232 is 5 February 2021 in Excel's 1900 system; a number styled as money stays a number
        #expect(rows[1].fields == ["2021-02-05", "fine", "538000", "CC 174; CC 274"])
        // A custom day-first date format is a date too; the time of day is dropped; errors read as empty
        #expect(rows[2].fields == ["2021-03-01", "TRUE"])
    }

    @Test func the1904DateSystemAndCellsWithoutReferences() throws {
        let styles = #"<cellXfs><xf numFmtId="0"/><xf numFmtId="15"/></cellXfs>"#
        let sheet = #"<row><c s="1"><v>42770</v></c><c t="inlineStr"><is><t>picket</t></is></c></row>"#
        let rows = try XLSXReader.rows(try Self.workbook(sheet: sheet, styles: styles, date1904: true))
        #expect(rows.first?.fields == ["2021-02-05", "picket"])
        #expect(rows.first?.line == 1)
    }

    @Test func whatIsNotAWorkbookIsRefusedInOneLine() throws {
        #expect(throws: XLSXReader.Failure.self) { try XLSXReader.rows(Data("date,event_type\n".utf8)) }
        let noBook = try XLSXWriter.zip([("word/document.xml", "<document/>")])
        #expect { try XLSXReader.rows(noBook) } throws: { "\($0)".contains("no xl/workbook.xml") }
        let broken = try Self.workbook(sheet: "<row><c t=\"s\"><v>9</v></c></row>", strings: ["<t>only one</t>"])
        #expect { try XLSXReader.rows(broken) } throws: { "\($0)".contains("shared string 9") }
        let malformed = try XLSXWriter.zip([("xl/workbook.xml", "<workbook><sheet name=\"x></workbook>")])
        #expect { try XLSXReader.rows(malformed) } throws: { "\($0)".contains("not well-formed") }
    }

    @Test func whatTheWriterWritesTheReaderReadsBack() throws {
        let rows = [["date", "event_type", "summary", "persons"],
                    ["2021-02-05", "fine", "A fictional activist fined <50 MCI> & warned", "Dana Example; Arman Test"],
                    ["", "detention", "Line one\nline two", "Маржан Тестова"]]
        let data = try XLSXWriter.workbook(rows: rows)
        #expect(XLSXReader.looksLikeWorkbook(data))
        let read = try XLSXReader.rows(data)
        #expect(read.map(\.fields) == rows)
        #expect(read.map(\.line) == [1, 2, 3])
        #expect(XLSXWriter.columnName(0) == "A" && XLSXWriter.columnName(25) == "Z" && XLSXWriter.columnName(26) == "AA" && XLSXWriter.columnName(701) == "ZZ")
        #expect(XLSXReader.column(of: "AA12") == 26 && XLSXReader.column(of: "12") == nil)
    }
}
