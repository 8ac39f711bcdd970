/// A line of a chat's export, as WhatsApp and similar messengers write one: "[05.04.2025, 11:48] Айгерим Н.: текст" (or, on
/// Android, "05.04.2025, 11:48 - Aigerim N.: text"). Each message is a paragraph of its own, of the day its stamp gives; the
/// stamp and the sender's name are no text to read acts in (a sender is who tells, not whom an act befell).
enum ChatExport {
    /// The message's stamp (the part a post's stamp is read from) and where its text begins, if the line is a message.
    static func message(_ line: ArraySlice<Unicode.Scalar>) -> (stamp: ArraySlice<Unicode.Scalar>, sender: ArraySlice<Unicode.Scalar>, text: Int)? {
        guard let first = line.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return nil }
        let stampEnd: Int, senderStart: Int
        if line[first] == "[" {
            guard let close = line[first...].prefix(stampLength).firstIndex(of: "]"), close + 1 < line.endIndex, line[close + 1] == " " else { return nil }
            stampEnd = close + 1
            senderStart = close + 2
        } else if Tokenizer.isDigit(line[first]) {
            // (Android's " - " after the stamp.)
            let head = line[first...].prefix(stampLength + 3)
            guard let dash = head.indices.first(where: { $0 + 2 < line.endIndex && line[$0] == " " && line[$0 + 1] == "-" && line[$0 + 2] == " " })
            else { return nil }
            stampEnd = dash
            senderStart = dash + 3
        } else {
            return nil
        }
        // The sender's name, up to its colon: a few words ("Жанна (юрист)", "Маржан С."), no clock time.
        guard senderStart < line.endIndex,
              let colon = line[senderStart...].prefix(senderLength).indices.first(where: { line[$0] == ":" && ($0 + 1 == line.endIndex || line[$0 + 1] == " ") }),
              colon > senderStart, !line[senderStart..<colon].contains(where: Tokenizer.isDigit) else { return nil }
        guard line[first..<stampEnd].contains(":") else { return nil }
        var text = colon + 1
        while text < line.endIndex, line[text] == " " { text += 1 }
        return (line[first..<stampEnd], line[senderStart..<colon], text)
    }
    /// Whether a line is a group chat's message header alone, the sender and the time in brackets, the message on the lines
    /// below ("Aidana_Oral [08:47]", "Марат К. [18:20]"), as Telegram's and Slack's copied threads write them.
    /// (Or the time first and the sender after it, with a colon ending the line: "[07:12] Гульнара Т. (кв. 45):".)
    static func isSenderLine(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count <= senderLength + stampLength, let last = line.lastIndex(where: { !ReportReader.Session.isWhitespace($0) }),
              let first = line.firstIndex(where: { !ReportReader.Session.isWhitespace($0) }) else { return false }
        if line[first] == "[", line[last] == ":", let close = line[first..<last].firstIndex(of: "]"), isClockTime(line[(first + 1)..<close]) {
            let sender = line[(close + 1)..<last]
            return sender.count <= senderLength && sender.contains(where: { $0.properties.isAlphabetic }) && !sender.contains(":")
        }
        guard line[last] == "]", let open = line[..<last].lastIndex(of: "["), first < open, isClockTime(line[(open + 1)..<last]) else { return false }
        // The sender: a nickname or a short name ("Марат К."), no other marks of a sentence.
        let sender = line[first..<open]
        return sender.count <= senderLength && !sender.contains(where: { "!?,;:[](){}«»\"".unicodeScalars.contains($0) })
            && sender.contains(where: { $0.properties.isAlphabetic })
    }
    /// Whether a stamp is a clock time alone: "08:47", "8:47", "08:47:12".
    private static func isClockTime(_ time: ArraySlice<Unicode.Scalar>) -> Bool {
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        return (2...3).contains(parts.count) && parts[0].count <= 2 && parts.dropFirst().allSatisfy({ $0.count == 2 })
            && parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(Tokenizer.isDigit) })
    }
    /// How long a stamp may be ("[05.04.2025, 11:48:07]").
    private static let stampLength = 26
    /// How long a sender's name may be.
    private static let senderLength = 48
}
