import CivicModel

/// Days a report gives only in its footnotes: a mark after a sentence ("The notification was refused.³⁴", "…refused.[34]")
/// and, at the foot, the note it points to ("³⁴ Letter of the city akimat of 29 April 2024."), as academic articles and
/// legal briefs date their acts. The note's first day with its year dates the acts of the sentences marked with it that
/// give no day of their own, when they are still held for settling (`Retellings`). A note's sentence that only tells
/// where the writer learnt something ("Interview with …, 14 June 2024.", "Statement of …", "Accessed …") dates nothing.
enum Footnotes {
    /// The superscript digits, by value.
    private static let superscripts: [Unicode.Scalar: Int] = [
        "⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9,
    ]
    /// How long a note may be to be read for its day.
    static let noteLimit = 600
    /// Words opening a note's sentence that tells a source, not an act: its day is the source's.
    private static let sourceWords: Set<String> = [
        "interview", "interviews", "interviewed", "statement", "statements", "field", "notes", "accessed", "see", "published",
        "retrieved", "press", "compare", "cf", "email", "e-mail", "telephone", "conversation", "conversations", "author",
        "authors", "observation", "video", "ibid", "post", "posted", "available", "report", "reports", "meeting", "information",
        "data", "records", "communication", "correspondence", "told", "said",
        // Russian notes: "Интервью с редакцией …", "Сообщение блогера в Instagram от …", "База данных мониторинга …".
        "интервью", "сообщение", "сообщения", "заявление", "заявления", "база", "данные", "мониторинг", "см", "беседа", "публикация",
        "пост", "видео", "информация", "наблюдение", "наблюдения", "запись", "переписка",
        // (A text's own day of publication: "Материал вышел на сайте издания 2 октября 2025 года.")
        "материал", "материалы", "опубликован", "опубликована", "опубликовано",
    ]
    /// Words opening a note that cites a paper, a source or a record rather than telling an act: "Постановление суда от
    /// 22.04.2024.", "Letter of the akimat of 29 April 2024.". Such a note is not read as text.
    private static let citingWords: Set<String> = sourceWords.union([
        "letter", "decision", "judgment", "judgement", "ruling", "order", "verdict", "protocol", "resolution", "ibid",
        "постановление", "приговор", "решение", "определение", "письмо", "ответ", "протокол", "приказ", "уведомление", "там",
    ])

    /// The mark and the text of a note at the foot of a page: a line opening with superscript digits or with a number in
    /// square brackets, then the note.
    static func note(_ line: ArraySlice<Unicode.Scalar>) -> (mark: Int, text: ArraySlice<Unicode.Scalar>)? {
        var i = line.startIndex
        while i < line.endIndex, line[i] == " " || line[i] == "\t" { i += 1 }
        var mark = 0, digits = 0
        if i < line.endIndex, line[i] == "[" {
            i += 1
            while i < line.endIndex, let d = digit(line[i]) { mark = mark * 10 + d; digits += 1; i += 1 }
            guard digits > 0, digits <= 3, i < line.endIndex, line[i] == "]" else { return nil }
            i += 1
        } else {
            while i < line.endIndex, let d = superscripts[line[i]] { mark = mark * 10 + d; digits += 1; i += 1 }
            guard digits > 0, digits <= 3 else { return nil }
        }
        guard i < line.endIndex, line[i] == " ", line.endIndex - i <= noteLimit else { return nil }
        return (mark, line[(i + 1)...])
    }

    /// Where a mark in square brackets glued to what comes before it opens, when the `]` at `close` ends one: a note's number
    /// ("[4]") or an editor's note in small letters, as encyclopedias print them ("[citation needed]", "[a]"). A label in
    /// capitals ("[UPDATE]") or a source ("[Qogham Watch]") is none.
    static func glued(before close: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard close > 0, scalars[close] == "]",
              let open = scalars[max(0, close - editorNoteLength)..<close].lastIndex(of: "["), open > 0, open < close - 1,
              !scalars[open - 1].properties.isWhitespace else { return nil }
        let inside = scalars[(open + 1)..<close]
        if inside.allSatisfy(Tokenizer.isDigit), inside.count <= 3 { return open }
        guard let first = inside.first, first.properties.isLowercase,
              inside.allSatisfy({ $0.properties.isLowercase || $0 == " " }) else { return nil }
        return open
    }
    /// How long an editor's note in brackets may be, with its brackets: "[clarification needed]".
    static let editorNoteLength = 24

    /// The marks a passage carries: superscript digits, or a number in square brackets glued to a word or a stop.
    static func marks(in passage: String) -> Set<Int> {
        var found = Set<Int>()
        let scalars = Array(passage.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if superscripts[scalars[i]] != nil {
                var mark = 0, j = i
                while j < scalars.count, let d = superscripts[scalars[j]] { mark = mark * 10 + d; j += 1 }
                if j - i <= 3 { found.insert(mark) }
                i = j
                continue
            }
            if scalars[i] == "[", i > 0 {
                var mark = 0, j = i + 1
                while j < scalars.count, let d = digit(scalars[j]) { mark = mark * 10 + d; j += 1 }
                // (After a space only where a stop or the passage's end follows: "… по ч. 6 ст. 488 КоАП [16].")
                let closes = j + 1 >= scalars.count || [".", ",", ";", ":", ")"].contains(scalars[j + 1])
                if j > i + 1, j - i <= 4, j < scalars.count, scalars[j] == "]", scalars[i - 1] != " " || closes { found.insert(mark) }
            }
            i += 1
        }
        return found
    }

    /// The first day with its year that a note tells of an act, skipping its sentences about sources.
    static func day(of note: ArraySlice<Unicode.Scalar>) -> PartialDate? { day(of: Tokenizer.tokens(note, base: 0)) }
    static func day(of tokens: [Token]) -> PartialDate? {
        for sentence in SentenceSplitter.sentences(tokens) {
            let t = sentence.tokens
            guard let first = t.first(where: \.isWord), !sourceWords.contains(first.lower) else { continue }
            // (Nor a day a source is dated by inside the sentence: "known from the union's statement of 30 July 2024", "EOM
            // meeting with the activist's lawyer, 21 March 2023".)
            let dates = dates(in: t, contextYear: nil)
            let days = dates.filter { mention in
                !t[t.startIndex..<mention.tokens.lowerBound].contains { sourceWords.contains($0.lower) }
            }
            if let day = days.first(where: { $0.kind == .explicit && !$0.yearInferred && $0.date?.precision == .day })?.date { return day }
        }
        return nil
    }

    /// Whether a note cites a paper or a source ("Постановление суда г. Шымкента от 22.04.2024.", "Letter of the akimat of 29
    /// April 2024."), telling no act of its own.
    static func cites(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first(where: \.isWord) else { return false }
        return citingWords.contains(first.lower)
    }

    /// Whether a passage gives a day of its own, which a note does not replace: written out, or counted from the day told
    /// before it ("Three days later, the court …", "police detained 20 of them that evening").
    static func givesADay(_ passage: String) -> Bool {
        let tokens = Tokenizer.tokens(ArraySlice(Array(passage.unicodeScalars)), base: 0)
        // (Any year will do to tell whether a day is written: "on 8 March".)
        return dates(in: tokens[...], contextYear: anyYear).contains { mention in
            switch mention.kind {
            case .explicit: mention.date?.precision == .day
            case .sameDay: true
            case .relative(let days, let months): days != 0 && months == 0
            default: false
            }
        }
    }
    private static let anyYear = 2000
    /// The dates of a note's or a passage's words, read in the language of its first word.
    private static func dates(in t: ArraySlice<Token>, contextYear: Int?) -> [DateMention] {
        let cyrillic = t.first(where: \.isWord).map(RussianWords.isCyrillic) ?? false
        return cyrillic ? RussianDateRecognizer.dates(in: t, contextYear: contextYear) : DateRecognizer.dates(in: t, contextYear: contextYear)
    }

    private static func digit(_ c: Unicode.Scalar) -> Int? { Tokenizer.isDigit(c) ? Int(c.value - 48) : nil }

    /// Dates an act whose passage carries `mark` and gives no day of its own with the note's day, when it has no date or
    /// one of the same year.
    static func date(_ incident: inout ProposedIncident, marked mark: Int, with day: PartialDate) {
        guard marks(in: incident.quote).contains(mark), !givesADay(incident.quote) else { return }
        if let date = incident.date, date.year != day.year { return }
        incident.date = day
    }
}
