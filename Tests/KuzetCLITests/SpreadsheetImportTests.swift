import Analysis
import Foundation
import Testing

/// `kuzet import FILE.csv` (or `.xlsx`): incidents kept in a spreadsheet, read by their header, all or nothing.
@Suite("Spreadsheet import")
struct SpreadsheetImportTests {
    @Test func aSpreadsheetWithItsOwnColumnNamesImports() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        // Semicolons between fields, as a spreadsheet in a European locale saves; a quoted cell with a line break.
        try """
        Date;Type;People;Place;Articles;Sanctions;Summary;Link;Comments
        05.02.2021;fine;"Dana Example
        Arman Testov";Oral;CoAO 488 part 6;fine, 20 MCI;Two picketers fined after a rally;https://example.org/news/1;ask the lawyer
        2021-03;Administrative arrest;Arman Testov;Almaty;;administrative arrest, 10 days;"Held for ten days; appeal lost";;

        """.write(to: dir.appendingPathComponent("sheet.csv"), atomically: true, encoding: .utf8)
        // A check first: what the file would add, nothing saved.
        let check = try KuzetProcess.run(["import", "sheet.csv", "--dry-run", "--database", "k.sqlite"], in: dir)
        #expect(check.stdout.contains("sheet.csv: would import 2 incidents; 2 new people: Dana Example, Arman Testov; no new organisations"), "\(check.stdout) \(check.stderr)")
        #expect(check.stdout.hasSuffix("Nothing was saved.\n"))
        #expect(try KuzetProcess.run(["incidents", "list", "--database", "k.sqlite"], in: dir).stdout.contains("0 of 0"))
        #expect(try KuzetProcess.run(["import", "x.jsonl", "--dry-run", "--database", "k.sqlite"], in: dir).stderr.contains("--dry-run checks spreadsheets (.csv, .xlsx) only"))
        let result = try KuzetProcess.run(["import", "sheet.csv", "--database", "k.sqlite"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("imported 2 incidents, 2 persons from sheet.csv; columns not read: Comments"))
        let listed = try KuzetProcess.run(["export", "--format", "jsonl", "--database", "k.sqlite"], in: dir)
        let rows = listed.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let fine = try #require(rows.first { $0["event_type"] as? String == "fine" })
        #expect(fine["date"] as? String == "2021-02-05")
        #expect(fine["persons"] as? [String] == ["Dana Example", "Arman Testov"])
        #expect(fine["locations"] as? [String] == ["Uralsk"])  // the gazetteer's name for Oral
        #expect(fine["status"] as? String == "proposed")
        let arrest = try #require(rows.first { $0["event_type"] as? String == "administrative_arrest" })
        #expect(arrest["summary"] as? String == "Held for ten days; appeal lost")
        // The link is kept in the internal notes: a spreadsheet names a source but no passage of it.
        let shown = try KuzetProcess.run(["incidents", "show", try #require(fine["id"] as? String), "--json", "--database", "k.sqlite"], in: dir)
        #expect(shown.stdout.contains("Source: https://example.org/news/1"))
    }

    @Test func namesInCyrillicLinkToTheRecordsWrittenInLatin() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        try "event_type,date,persons,places\nfine,2022-05-03,Aigerim Testova,Almaty\n".write(to: dir.appendingPathComponent("latin.csv"), atomically: true, encoding: .utf8)
        try "event_type,date,persons,places\nwarning,2022-06-01,Айгерим Тестова,Алматы\n".write(to: dir.appendingPathComponent("cyrillic.csv"), atomically: true, encoding: .utf8)
        #expect(try KuzetProcess.run(["import", "latin.csv", "--database", "k.sqlite"], in: dir).stdout.contains("1 incident, 1 person"))
        let second = try KuzetProcess.run(["import", "cyrillic.csv", "--database", "k.sqlite"], in: dir)
        #expect(second.stdout.contains("imported 1 incident from cyrillic.csv"), "\(second.stdout) \(second.stderr)")
        let people = try KuzetProcess.run(["persons", "list", "--json", "--database", "k.sqlite"], in: dir)
        #expect((try JSONSerialization.jsonObject(with: Data(people.stdout.utf8)) as? [[String: Any]])?.count == 1)
    }

    @Test func badRowsAreEachNamedAndNothingIsImported() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        try "date,event_type,persons,legal_provisions\n2021-13-01,fine,A Person,\n2021-01-01,picnic,B Person,\n2021-01-02,fine,C Person,Penal 12\n2021-01-03,fine,D Person,CC 174\n"
            .write(to: dir.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let result = try KuzetProcess.run(["import", "bad.csv", "--database", "k.sqlite"], in: dir)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("bad.csv:2: invalid date"))
        #expect(result.stderr.contains("bad.csv:3: unknown event type 'picnic'"))
        #expect(result.stderr.contains("bad.csv:4: unknown code 'Penal'"))
        #expect(result.stderr.contains("3 bad rows in bad.csv; nothing was imported"))
        let none = try KuzetProcess.run(["incidents", "list", "--database", "k.sqlite"], in: dir)
        #expect(!none.stdout.contains("D Person") && !none.stdout.contains("2021-01-03"))
        try "date,persons\n2021-01-01,A Person\n".write(to: dir.appendingPathComponent("notype.csv"), atomically: true, encoding: .utf8)
        let noType = try KuzetProcess.run(["import", "notype.csv", "--database", "k.sqlite"], in: dir)
        #expect(noType.status != 0 && noType.stderr.contains("no event_type column"))
        try "event_type,summary\nfine,\"never closed\n".write(to: dir.appendingPathComponent("open.csv"), atomically: true, encoding: .utf8)
        let open = try KuzetProcess.run(["import", "open.csv", "--database", "k.sqlite"], in: dir)
        #expect(open.status != 0 && open.stderr.contains("open.csv:2: a quoted field is never closed"))
    }

    @Test func anExcelWorkbookImportsItsFirstSheetAndNamesBadRowsByTheirSheetRow() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        let good = try XLSXWriter.workbook(rows: [["Date", "Type", "People", "Place", "Sanctions"],
                                                  ["05.02.2021", "fine", "Dana Example", "Oral", "fine, 20 MCI"],
                                                  ["2021-03-01", "warning", "Arman Testov", "Almaty", ""]])
        try good.write(to: dir.appendingPathComponent("log.xlsx"))
        let check = try KuzetProcess.run(["import", "log.xlsx", "--dry-run", "--database", "k.sqlite"], in: dir)
        #expect(check.stdout.contains("log.xlsx: would import 2 incidents; 2 new people"), "\(check.stdout) \(check.stderr)")
        let result = try KuzetProcess.run(["import", "log.xlsx", "--database", "k.sqlite"], in: dir)
        #expect(result.status == 0 && result.stdout.contains("imported 2 incidents, 2 persons from log.xlsx"), "\(result.stderr)")

        let bad = try XLSXWriter.workbook(rows: [["date", "event_type"], ["2021-01-01", "fine"], ["2021-01-02", "picnic"]])
        try bad.write(to: dir.appendingPathComponent("bad.xlsx"))
        let refused = try KuzetProcess.run(["import", "bad.xlsx", "--database", "k.sqlite"], in: dir)
        #expect(refused.status != 0 && refused.stderr.contains("bad.xlsx:3: unknown event type 'picnic'"))
        try Data("not a workbook".utf8).write(to: dir.appendingPathComponent("fake.xlsx"))
        let fake = try KuzetProcess.run(["import", "fake.xlsx", "--database", "k.sqlite"], in: dir)
        #expect(fake.status != 0 && fake.stderr.contains("fake.xlsx: not an Excel workbook"))
        #expect(fake.stderr.split(separator: "\n").count == 1)
    }

    @Test func theExcelExportReadsBack() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        #expect(try KuzetProcess.run(["demo", "--database", "a.sqlite"], in: dir).status == 0)
        let exported = try KuzetProcess.run(["export", "--format", "xlsx", "--output", "all.xlsx", "--database", "a.sqlite"], in: dir)
        #expect(exported.status == 0, "\(exported.stderr)")
        let rows = try XLSXReader.rows(try Data(contentsOf: dir.appendingPathComponent("all.xlsx")))
        let jsonl = try KuzetProcess.run(["export", "--format", "jsonl", "--database", "a.sqlite"], in: dir).stdout
        #expect(rows.first?.fields.first == "id" && rows.count - 1 == jsonl.split(separator: "\n").count && rows.count > 50)
        let again = try KuzetProcess.run(["import", "all.xlsx", "--database", "b.sqlite"], in: dir)
        #expect(again.status == 0 && again.stdout.contains("imported \(rows.count - 1) incidents"), "\(again.stdout) \(again.stderr)")
        let toTerminal = try KuzetProcess.run(["export", "--format", "xlsx", "--database", "a.sqlite"], in: dir)
        #expect(toTerminal.status != 0 && toTerminal.stderr.contains("--output"))
    }

    @Test func theCSVExportReadsBack() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        try "event_type,date,persons,places,legal_provisions,sanctions,status,confidentiality,summary\nconviction,2016-11-28,Talgat Example; Max Example,Atyrau,CC 174; CC 400,\"imprisonment, 5 years\",verified,public,Two land activists sentenced\n"
            .write(to: dir.appendingPathComponent("one.csv"), atomically: true, encoding: .utf8)
        #expect(try KuzetProcess.run(["import", "one.csv", "--database", "a.sqlite"], in: dir).status == 0)
        let exported = try KuzetProcess.run(["export", "--format", "csv", "--database", "a.sqlite"], in: dir)
        try exported.stdout.write(to: dir.appendingPathComponent("export.csv"), atomically: true, encoding: .utf8)
        let again = try KuzetProcess.run(["import", "export.csv", "--database", "b.sqlite"], in: dir)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!again.stdout.contains("columns not read"))
        let second = try KuzetProcess.run(["export", "--format", "csv", "--database", "b.sqlite"], in: dir)
        #expect(second.stdout == exported.stdout)
    }
}

/// `kuzet report casefile`: a person's case file from the archive, public records unless a clearance is given.
@Suite("Case file command")
struct CaseFileCommandTests {
    @Test func aPersonsCaseFileListsTheirIncidentsAndMarksRestrictedOnes() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        try "event_type,date,persons,places,sanctions,confidentiality,status,summary\nfine,2022-05-03,Dana Example,Almaty,\"fine, 20 MCI\",public,verified,A blogger fined over a post\nsurveillance,2022-06,Dana Example,Almaty,,restricted,verified,A blogger followed for a week\n"
            .write(to: dir.appendingPathComponent("dana.csv"), atomically: true, encoding: .utf8)
        #expect(try KuzetProcess.run(["import", "dana.csv", "--database", "k.sqlite"], in: dir).status == 0)
        let people = try KuzetProcess.run(["persons", "list", "--json", "--database", "k.sqlite"], in: dir)
        let id = try #require((try JSONSerialization.jsonObject(with: Data(people.stdout.utf8)) as? [[String: Any]])?.first?["id"] as? String)
        let visitor = try KuzetProcess.run(["report", "casefile", "--person", id, "--database", "k.sqlite"], in: dir)
        #expect(visitor.stdout.hasPrefix("# Case file: Dana Example"))
        #expect(visitor.stdout.contains("A blogger fined over a post") && !visitor.stdout.contains("followed for a week"))
        let editor = try KuzetProcess.run(["report", "casefile", "--person", id, "--clearance", "restricted", "--database", "k.sqlite"], in: dir)
        #expect(editor.stdout.contains("This file holds restricted records") && editor.stdout.contains("verified, restricted"))
        let neither = try KuzetProcess.run(["report", "casefile", "--database", "k.sqlite"], in: dir)
        #expect(neither.status != 0 && neither.stderr.contains("--person ID or --organization ID"))
    }
}
