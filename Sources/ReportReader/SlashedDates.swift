import CivicModel

/// Days written with slashes ("3/6/2025") are read day first, as the region writes them, unless the text shows it writes the
/// month first: a date whose second part cannot be a month ("01/29/2025") and none whose first part cannot be one, as US
/// letters and briefs write them. The look covers the top of the text, as `YearAhead`'s does.
enum SlashedDates {
    /// Whether the slashed dates near the top of a text (`YearAhead.top(of:)`) put the month first.
    static func monthFirst(in t: [Token]) -> Bool {
        var monthFirst = 0, dayFirst = 0
        for k in t.indices where k + 4 < t.endIndex && t[k].isNumber && t[k + 1].isMark("/") && t[k + 2].isNumber && t[k + 3].isMark("/")
            && t[k + 4].isNumber && t[k + 4].text.utf8.count == 4 {
            guard let a = Int(t[k].text), let b = Int(t[k + 2].text) else { continue }
            if a > 12, b <= 12 { dayFirst += 1 }
            if b > 12, a <= 12 { monthFirst += 1 }
        }
        return monthFirst > 0 && dayFirst == 0
    }

    /// Reads again, month first, the slashed days of a sentence that were read day first: "3/6/2025" is 6 March.
    static func readMonthFirst(_ dates: inout [DateMention], in t: ArraySlice<Token>) {
        for i in dates.indices where dates[i].tokens.count == 5 {
            let k = dates[i].tokens.lowerBound
            guard t[k + 1].isMark("/"), t[k + 3].isMark("/"), let a = Int(t[k].text), let b = Int(t[k + 2].text), a <= 12, b <= 12,
                  let year = dates[i].date?.year, let swapped = try? PartialDate(year: year, month: a, day: b) else { continue }
            dates[i].date = swapped
        }
    }
}
