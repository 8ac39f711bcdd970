import Foundation
import LawBook

/// Printing a command's result: JSON for scripts, text for people.
enum CommandOutput {
    /// Prints a value as one line of JSON with sorted keys, so scripts and tests can rely on it.
    static func printJSON<T: Encodable>(_ value: T, snakeCase: Bool = false) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if snakeCase { encoder.keyEncodingStrategy = .convertToSnakeCase }
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// "12.5", "6.5", "28112.5", "4325": a number without a needless ".0".
    static func number(_ x: Double) -> String {
        if x == x.rounded() { return String(Int(x)) }
        return String(format: "%.2f", x).replacingOccurrences(of: #"\.?0+$"#, with: "", options: .regularExpression)
    }

    static func yesNo(_ value: Bool?) -> String {
        switch value {
        case true?: "holds"
        case false?: "FAILS"
        case nil: "not checked"
        }
    }

    /// A rule line for the text form: "  [holds] rule-id: explanation (source)".
    static func rule(_ check: RuleCheck) -> String {
        // A "-reading" rule compares readings of the sources; it is not a requirement that fails.
        let mark = check.rule.hasSuffix("-reading") ? (check.holds == false ? "readings differ" : "readings agree") : yesNo(check.holds)
        return "  [\(mark)] \(check.rule): \(check.explanation) (\(check.source))"
    }
}

/// Parsing option values the way the law book wants them, with one-line errors.
enum OptionValue {
    static func required(_ value: String?, _ name: String) throws -> String {
        guard let value, !value.isEmpty else { throw LawBookError.invalidInput("missing --\(name)") }
        return value
    }

    static func count(_ text: String?, _ name: String) throws -> Int? {
        guard let text else { return nil }
        guard let n = Int(text), n >= 0 else { throw LawBookError.invalidInput("--\(name) '\(text)' is not a whole number") }
        return n
    }

    static func bool(_ text: String?, _ name: String) throws -> Bool? {
        guard let text else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw LawBookError.invalidInput("--\(name) '\(text)' is not true or false")
        }
    }

    static func year(_ text: String?) throws -> Int? {
        guard let text else { return nil }
        guard text.count == 4, let y = Int(text) else { throw LawBookError.invalidInput("'\(text)' is not a year (expected YYYY)") }
        return y
    }
}
