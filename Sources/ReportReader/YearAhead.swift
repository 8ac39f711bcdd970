/// A channel's posts and a chat's messages are stamped with a day and a month alone ("12.05, 09:15"); the year may first
/// appear further down, in a forwarded post ("Актобе, 14 мая 2025 г."). The first year the top of a text writes in a date
/// is the year such stamps mean until the text names one of its own.
enum YearAhead {
    /// How far into a text the reader looks for a year: a few screens, so that the look costs nothing on a large file.
    static let reach = 20_000

    /// The first year written in a date near the top of the text: after a month ("14 мая 2025", "May 2025"), before a
    /// year's word ("2025 г.", "2025 года"), or as a full date in figures ("14.05.2025").
    static func firstYear(in scalars: ArraySlice<Unicode.Scalar>) -> Int? { firstYear(in: top(of: scalars)) }
    /// The tokens of the top of a text, which `firstYear` and `SlashedDates.monthFirst` look over.
    static func top(of scalars: ArraySlice<Unicode.Scalar>) -> [Token] { Tokenizer.tokens(scalars.prefix(reach), base: 0) }
    /// `firstYear(in:)` for the top's tokens.
    static func firstYear(in t: [Token]) -> Int? {
        for k in t.indices where t[k].isNumber && t[k].text.unicodeScalars.count == 4 {
            guard let year = Int(t[k].text), years.contains(year) else { continue }
            if k > t.startIndex, DateRecognizer.month(of: t[k - 1]) != nil || RussianWords.month(of: t[k - 1]) != nil { return year }
            if k + 1 < t.endIndex, yearWords.contains(t[k + 1]) { return year }
            if k >= 4, t[k - 1].isMark("."), t[k - 2].isNumber, t[k - 3].isMark("."), t[k - 4].isNumber { return year }
        }
        return nil
    }
    private static let years = 1990...2099
    private static let yearWords = WordSet(["г", "года", "год", "году"])
}
