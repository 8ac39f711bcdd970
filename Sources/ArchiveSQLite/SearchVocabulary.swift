import Archive
import GRDB

/// Every term of `incident_fts`'s text columns (all but the facet tokens), kept in `search_word` so
/// that a typed prefix can be searched as the exact terms it begins.
///
/// FTS5 answers a prefix query by merging the postings of every term it begins into one list in
/// memory before handing over the first row: 'court*' at a million incidents reads 900,000 postings
/// even when a page needs 50. The same terms joined by OR are read side by side and stop with the
/// page. Terms are added by every write, in its transaction, and never removed (a stale term matches
/// nothing), so the vocabulary always holds every indexed term.
struct SearchVocabulary {
    /// The tokenizer `incident_fts` declares, to turn the few words that are not plain ASCII into the
    /// terms the index holds. ASCII letters and digits are terms as they are.
    static let tokenizer = FTS5TokenizerDescriptor(components: ["unicode61", "remove_diacritics", "2"])

    /// The distinct words of the search documents added, not yet stored.
    private var words = DistinctWords()

    /// Adds the words of a search document (`SearchDocument.columns`); the last column, the facet tokens, is left out.
    mutating func add(_ columns: [String]) {
        for column in columns.dropLast() { words.add(column) }
    }

    mutating func formUnion(_ other: SearchVocabulary) {
        words.formUnion(other.words)
    }

    /// Writes the terms that `search_word` does not hold yet: ASCII words as they are, others as the
    /// index's tokenizer makes them.
    func store(in db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO search_word (term) VALUES (?)")
        var tokenizer: (any FTS5Tokenizer)?
        for word in words.words {
            if Self.isASCII(word) {
                try statement.execute(arguments: [word])
                continue
            }
            let made = try tokenizer ?? db.makeTokenizer(Self.tokenizer)
            tokenizer = made
            for (token, _) in try made.tokenize(document: word) { try statement.execute(arguments: [token]) }
        }
    }

    /// The terms a typed search word begins, in order: `nil` when it begins more than
    /// `SearchText.maximumPrefixExpansion` of them (or is not one term), and empty when no incident holds it.
    static func expansion(of word: String, in db: Database) throws -> [String]? {
        var prefix = word
        if !isASCII(word) {
            let tokens = try db.makeTokenizer(tokenizer).tokenize(query: word)
            guard tokens.count == 1 else { return nil }
            prefix = tokens[0].token
        }
        // Every term that begins with the prefix sorts below the prefix followed by the last scalar.
        let terms = try String.fetchAll(db, sql: """
            SELECT term FROM search_word WHERE term >= ? AND term < ? ORDER BY term LIMIT ?
            """, arguments: [prefix, prefix + "\u{10FFFF}", SearchText.maximumPrefixExpansion + 1])
        return terms.count > SearchText.maximumPrefixExpansion ? nil : terms
    }

    /// Whether a word is plain ASCII, which the tokenizer leaves as it is.
    private static func isASCII(_ word: String) -> Bool { word.utf8.allSatisfy { $0 < 0x80 } }
}
