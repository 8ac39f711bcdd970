import Testing

@testable import ArchiveSQLite

@Suite struct DistinctWordsTests {
    @Test func keepsEachWordOnceInTheOrderFirstSeen() {
        var words = DistinctWords()
        words.add("picket fined picket court")
        words.add("")
        words.add("court  журналист picketer")
        #expect(words.words == ["picket", "fined", "court", "журналист", "picketer"])
    }

    @Test func manyWordsGrowTheTableAndUnionsMerge() {
        var first = DistinctWords(), second = DistinctWords()
        let all = (0..<5_000).map { "w\($0)" }
        first.add(all.prefix(3_000).joined(separator: " "))
        first.add(all.prefix(100).joined(separator: " "))
        second.add(all.suffix(2_500).joined(separator: " "))
        #expect(first.count == 3_000)
        first.formUnion(second)
        #expect(first.words == all)
    }
}
