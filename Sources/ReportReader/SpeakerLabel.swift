/// A transcript's speaker label opening a line: "ВЕДУЩИЙ: …", "ГОСТЬ (Нурланов): …", "HOST: …", "GUEST (Nurlanov): …". The
/// label says who speaks, not whom an act befell: the turn is read from after it, as a paragraph of its own.
enum SpeakerLabel {
    /// Where the words after a speaker's label begin, if the line opens with one.
    static func textStart(_ line: ArraySlice<Unicode.Scalar>) -> Int? {
        guard let first = line.firstIndex(where: { $0 != " " && $0 != "\t" }), line[first].properties.isUppercase else { return nil }
        var end = first
        while end < line.endIndex, line[end].properties.isUppercase { end += 1 }
        guard end - first >= 3 else { return nil }
        let word = String(String.UnicodeScalarView(line[first..<end])).lowercased()
        var k = end
        // "(Нурланов)": who holds the role, in brackets.
        if k + 1 < line.endIndex, line[k] == " ", line[k + 1] == "(",
           let close = line[(k + 1)...].prefix(nameLength).firstIndex(of: ")"), close > k + 2, line[k + 2].properties.isUppercase {
            k = close + 1
        }
        // A party to a hearing named after the role: "ПОДСУДИМЫЙ ТЛЕУБАЕВ:", "СВИДЕТЕЛЬ АХМЕТОВА:".
        if courtRoles.contains(word), let name = nameAfterRole(line, from: end) { k = name.upperBound }
        // A video script's voice and caption over more words: "ГОЛОС ЗА КАДРОМ:", "НАДПИСЬ НА ЭКРАНЕ:", "VOICE OVER:".
        if scriptRoles.contains(word) {
            while k < line.endIndex, k - end < nameLength, line[k] == " " || line[k] == "-" || line[k].properties.isUppercase { k += 1 }
        }
        // (A caller's own name as the label, "БАУЫРЖАН (Шымкент):", stays: the turn's first person is theirs.)
        guard k + 1 < line.endIndex, line[k] == ":", line[k + 1] == " ", roles.contains(word) || courtRoles.contains(word) || scriptRoles.contains(word) else { return nil }
        var text = k + 1
        while text < line.endIndex, line[text] == " " { text += 1 }
        return text < line.endIndex ? text : nil
    }
    /// Whether a line `textStart` found a label on is a video script's caption, "НАДПИСЬ: Уральск, 12.03", "CAPTION: 10 DAYS
    /// FOR A POSTER": the words on the screen repeat what the voice tells, and are passed over as page furniture.
    static func isCaption(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = line.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return false }
        var end = first
        while end < line.endIndex, line[end].properties.isUppercase { end += 1 }
        return captionRoles.contains(String(String.UnicodeScalarView(line[first..<end])).lowercased())
    }
    private static let captionRoles: Set<String> = ["надпись", "титр", "титры", "caption", "captions", "onscreen"]

    /// The surname a hearing's label names after the role ("ПОДСУДИМЫЙ ТЛЕУБАЕВ: …" → "Тлеубаев"), written as a name is.
    static func speaker(_ line: ArraySlice<Unicode.Scalar>) -> String? {
        guard let first = line.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return nil }
        var end = first
        while end < line.endIndex, line[end].properties.isUppercase { end += 1 }
        guard courtRoles.contains(String(String.UnicodeScalarView(line[first..<end])).lowercased()),
              let name = nameAfterRole(line, from: end) else { return nil }
        let word = String(String.UnicodeScalarView(line[(name.lowerBound + 1)..<name.upperBound]))
        return word.prefix(1) + word.dropFirst().lowercased()
    }
    /// Where one word in capitals after a role ends, right before the label's colon: " ТЛЕУБАЕВ" in "ПОДСУДИМЫЙ ТЛЕУБАЕВ:".
    private static func nameAfterRole(_ line: ArraySlice<Unicode.Scalar>, from end: Int) -> Range<Int>? {
        guard end + 1 < line.endIndex, line[end] == " ", line[end + 1].properties.isUppercase else { return nil }
        var k = end + 1
        while k < line.endIndex, line[k].properties.isUppercase || line[k] == "-" { k += 1 }
        guard k - end > 3, k < line.endIndex, line[k] == ":" else { return nil }
        return end..<k
    }
    /// The parties a hearing's record labels its turns with.
    private static let courtRoles: Set<String> = ["судья", "председательствующий", "гособвинитель", "прокурор", "защитник", "адвокат",
                                                  "секретарь", "подсудимый", "подсудимая", "свидетель", "свидетельница", "потерпевший",
                                                  "потерпевшая", "эксперт", "judge", "prosecutor", "defence", "defense", "defendant", "witness",
                                                  "counsel", "clerk"]
    /// Roles transcripts label their speakers with.
    private static let roles: Set<String> = ["ведущий", "ведущая", "гость", "гостья", "корреспондент", "зритель", "зрительница", "собеседник",
                                             "host", "guest", "presenter", "anchor", "interviewer", "moderator", "caller", "reporter"]
    /// The voices and captions a video's script labels its lines with.
    private static let scriptRoles: Set<String> = ["голос", "диктор", "надпись", "титр", "титры", "закадр", "voice", "narrator", "caption",
                                                   "captions", "vo", "onscreen"]
    /// How long a speaker's name in brackets may be.
    private static let nameLength = 40
}
