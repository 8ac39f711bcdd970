/// The name a letter or a post is signed with on its last line: "Даурен Кенжебаев", "Тимур Беков, Уральск", "Ерлан Сапаров,
/// главный редактор". A text that tells its writer's story in the first person and names the writer only at its foot ("меня
/// задержали …", signed below) means the signer by its "я" and "меня"; nothing above the foot says who that is.
enum Signature {
    /// The signer's name, if the document's last line with words is one person's name alone, or a name with a comma and a
    /// short note after it (a town, a role). Several names signed one under another (a collective letter) are no one writer;
    /// a byline with a verb, "Беседовала Жанар Ермекова", is the interviewer, not the one who speaks.
    static func signer(of text: ArraySlice<Unicode.Scalar>) -> String? {
        let lines = lastLines(of: text, count: 2)
        guard let last = lines.last, let name = name(on: last) else { return nil }
        if lines.count == 2, self.name(on: lines[0]) != nil { return nil }
        return name
    }

    /// The full name a line holds: Cyrillic, two or three words, each capitalised, before an optional comma.
    private static func name(on line: ArraySlice<Unicode.Scalar>) -> String? {
        guard line.count <= lineLength else { return nil }
        let head = line.prefix { $0 != "," }
        let note = String(String.UnicodeScalarView(line[head.endIndex...].dropFirst())).lowercased()
        if kinNotes.contains(where: { note.hasPrefix(" " + $0) || note.hasPrefix($0) }) { return nil }
        var words = String(String.UnicodeScalarView(head)).split(separator: " ").map(String.init)
        if let last = words.last, last.hasSuffix(".") { words[words.count - 1] = String(last.dropLast()) }
        // ("Ваш Даурен." above the full name is the letter's closing, no second signer.)
        guard (2...3).contains(words.count), words.allSatisfy(isNameWord), !closings.contains(words[0].lowercased()) else { return nil }
        // (Who the recogniser takes the words for: a name in its nominative, not "Ваш Даурен" or "Слава Казахстану".)
        var recognizer = RussianPersonRecognizer()
        let tokens = Tokenizer.tokens(Array(head)[...], base: 0)
        guard let person = recognizer.persons(in: tokens[...], feminineHint: false).first,
              person.tokens.lowerBound == tokens.startIndex, person.tokens.upperBound >= tokens.index(before: tokens.endIndex) - 1,
              person.name.contains(" ") else { return nil }
        return person.name
    }

    private static func isNameWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase, word.unicodeScalars.count >= 2 else { return false }
        return word.unicodeScalars.allSatisfy { ($0.value >= 0x400 && $0.value <= 0x4FF) || $0 == "-" }
            && word.unicodeScalars.dropFirst().allSatisfy { !$0.properties.isUppercase }
    }

    /// The last `count` lines with words, in order, trimmed.
    private static func lastLines(of text: ArraySlice<Unicode.Scalar>, count: Int) -> [ArraySlice<Unicode.Scalar>] {
        var found: [ArraySlice<Unicode.Scalar>] = []
        var end = text.endIndex
        var scanned = 0
        while end > text.startIndex, found.count < count, scanned < scanLimit {
            let start = text[..<end].lastIndex(of: "\n").map { $0 + 1 } ?? text.startIndex
            let line = text[start..<end]
            scanned += line.count + 1
            if let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) }) {
                found.insert(line[first...last], at: 0)
            }
            end = start > text.startIndex ? start - 1 : text.startIndex
            if start == text.startIndex { break }
        }
        return found
    }
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{A0}" }

    private static let closings: Set<String> = ["ваш", "ваша", "ваши", "твой", "твоя", "твои", "искренне", "всегда",
                                                // A byline's verb or label: the interviewer's or the editor's name.
                                                "беседовал", "беседовала", "записал", "записала", "записали", "подготовил", "подготовила",
                                                "автор", "фото", "текст", "редактор", "перевод"]
    /// A relative signing ("Айжан Есенова, сестра Бауыржана") writes of the one in custody, whose own letters the text
    /// may quote in the first person: no one "я" means throughout.
    private static let kinNotes = ["сестра", "брат", "мать", "мама", "отец", "жена", "муж", "дочь", "сын", "супруга", "супруг"]

    /// How long a signature's line may be, and how far from the end it is looked for.
    private static let lineLength = 80
    private static let scanLimit = 400
    /// How many bytes at a file's end hold the lines looked at: `scanLimit` scalars of up to four bytes each.
    static let footBytes = scanLimit * 4
}
