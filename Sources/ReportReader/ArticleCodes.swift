import CivicModel

/// The code an article belongs to when a report cites it without naming one ("fined 20 MCI under Article 488" in a report
/// that named the Criminal Code last), from `article-codes.txt`: the numbers monitoring sources cite often, each under one
/// code only.
enum ArticleCodes {
    private static let table: [String: LegalCode] = {
        var table: [String: LegalCode] = [:]
        for line in Lexicon.resourceLines("article-codes") {
            let fields = line.split(separator: "#")[0].split(separator: " ")
            guard fields.count == 2, let code = LegalCode(rawValue: String(fields[0])) else { continue }
            table[String(fields[1])] = code
        }
        return table
    }()

    /// The code of a bare article number, if the list knows it.
    static func code(of article: String) -> LegalCode? { table[article] }

    /// Whether a reference is to the Criminal Code for certain: named so ("of the Criminal Code", "CC"), or an article the
    /// list knows as criminal (not one that only took the code the report named last).
    static func isSurelyCriminal(_ ref: LegalProvisionRef) -> Bool {
        guard ref.code == .criminal else { return false }
        return code(of: ref.article) == .criminal || (ref.text ?? "").contains("Criminal") || (ref.text ?? "").contains("CC")
    }
}
