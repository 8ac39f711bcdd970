import Analysis
import Testing

@Suite("CSV reading")
struct CSVReaderTests {
    @Test("Quoted cells keep separators, doubled quotes and line breaks; rows know their first line")
    func quoting() throws {
        let rows = try CSVReader.rows("\u{FEFF}a,b,c\r\n1,\"two, \"\"quoted\"\"\",\"three\r\nlines\"\r\n\r\n4,5,6")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["1", "two, \"quoted\"", "three\nlines"], ["4", "5", "6"]])
        #expect(rows.map(\.line) == [1, 2, 5])
    }

    @Test("Semicolons separate when the header has more of them than commas")
    func semicolons() throws {
        let rows = try CSVReader.rows("date;summary\n05.02.2021;Fined, then released\n")
        #expect(rows.map(\.fields) == [["date", "summary"], ["05.02.2021", "Fined, then released"]])
    }

    @Test("CSVWriter's output reads back; an unclosed quote names its line")
    func roundTripAndErrors() throws {
        var writer = CSVWriter(header: ["name", "note"])
        writer.append(["Dana \"Example\"", "one, two\nthree"])
        #expect(try CSVReader.rows(writer.text).map(\.fields) == [["name", "note"], ["Dana \"Example\"", "one, two\nthree"]])
        #expect(throws: CSVReader.Failure.self) { try CSVReader.rows("a,b\n1,\"open\n2,3\n") }
        do { _ = try CSVReader.rows("a,b\n1,\"open\n") } catch let failure as CSVReader.Failure { #expect(failure.line == 2) }
    }
}
