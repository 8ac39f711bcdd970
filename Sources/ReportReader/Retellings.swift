import CivicModel
import Gazetteer

/// A report often tells an act twice: once in a summary ("In January 2026, he was sentenced to five years"; "who has been
/// under house arrest since mid-October") and once in full, with its day. The last incidents read are held here for a
/// while, and of two tellings of the same act (same type, the summary's people among the full one's, dates that agree)
/// only the fuller is kept. At most twice `limit` incidents are held, so memory does not grow with the input.
struct Retellings {
    private var held: [ProposedIncident] = []
    static let limit = 48

    var isEmpty: Bool { held.isEmpty }
    /// The incidents held.
    var incidents: [ProposedIncident] { held }

    /// Takes newly read incidents; returns those that leave the window. (They leave in batches of `limit`, so that the
    /// window is not shifted for every incident read.)
    mutating func settle(_ fresh: [ProposedIncident]) -> [ProposedIncident] {
        for var incident in fresh {
            // A correction ("Correction: the court fined him 20 MCI, not 10", "Поправка: …") tells again the last act of its
            // kind on the same people, rightly: it takes that one's place, and its places where it names none.
            if Retellings.isACorrection(incident.quote),
               let wrong = held.lastIndex(where: { $0.eventType == incident.eventType && Retellings.samePeopleOrBodies($0, incident) }) {
                if !held[wrong].locations.isEmpty { incident.locations = held[wrong].locations }
                if incident.legalProvisions.isEmpty { incident.legalProvisions = held[wrong].legalProvisions }
                if incident.persons.isEmpty { incident.persons = held[wrong].persons }
                if incident.organizations.isEmpty { incident.organizations = held[wrong].organizations }
                held.remove(at: wrong)
                held.append(incident)
                continue
            }
            if let full = held.firstIndex(where: { Retellings.isFuller($0, than: incident) }) {
                held[full].takeDetails(of: incident)
                continue
            }
            held.removeAll { summary in
                guard Retellings.isFuller(incident, than: summary) else { return false }
                incident.takeDetails(of: summary)
                return true
            }
            held.append(incident)
        }
        guard held.count > 2 * Retellings.limit else { return [] }
        let leaving = Array(held[..<(held.count - Retellings.limit)])
        held.removeFirst(leaving.count)
        return leaving
    }

    /// Changes the held incidents in place (a footnote's day, `Footnotes`; names for initials, `NamedInitials`).
    mutating func update(_ change: (inout ProposedIncident) -> Void) {
        for i in held.indices { change(&held[i]) }
    }

    /// Hands over everything held, at the end of the document.
    mutating func drain() -> [ProposedIncident] {
        defer { held.removeAll() }
        return held
    }

    /// Whether `full` tells the act `summary` tells, with a more exact day: the same type, the summary's people all among
    /// its own, and the summary's date (a month, a year or none) containing it.
    static func isFuller(_ full: ProposedIncident, than summary: ProposedIncident) -> Bool {
        guard full.eventType == summary.eventType, full.source == summary.source, let day = full.date else { return false }
        // An act on a body told again with the same day or month (a table of cases after the text: "ОО «X» | 09.2024 |
        // предупреждение" after "В сентябре объединение «X» получило предупреждение"): the same bodies, no one named.
        if summary.date == day, summary.persons.isEmpty, full.persons.isEmpty, !summary.organizations.isEmpty,
           Set(summary.organizations) == Set(full.organizations),
           summary.sanctions.isEmpty || full.sanctions.isEmpty || summary.sanctions == full.sanctions {
            return true
        }
        guard day.precision == .day else { return false }
        // A verdict announced with no one named ("в Актау вынесли приговор", "the judge read out the verdict") and the same
        // day's verdict told with its people are one.
        if summary.eventType == .conviction, summary.persons.isEmpty, summary.organizations.isEmpty, !full.persons.isEmpty, summary.date == day {
            return true
        }
        // So are a verdict's finding ("A is found guilty of organising, B and C of taking part") and its terms told apart the
        // same day.
        if summary.eventType == .conviction, summary.date == day, summary.sanctions.isEmpty, !full.sanctions.isEmpty, !summary.persons.isEmpty,
           Retellings.named(summary.persons, among: full.persons) {
            return true
        }
        // A police statement's "12 participants were taken to the police station" and a monitor's "19 people were detained,
        // among them A and B" the same day, in the same place: one act on a group, told without and with its people. (Not
        // one person's detention and a crowd's: "At least 20 people are detained … Police detain activist A".)
        if summary.persons.isEmpty, summary.organizations.isEmpty, full.persons.count >= 2, !ParagraphReader.organisational.contains(summary.eventType),
           summary.date == nil || summary.date == day, samePlaces(summary.locations, full.locations),
           (ParagraphReader.headcount(summary.quote) ?? Int.max) >= full.persons.count {
            return true
        }
        // An act told again, both times with its day, and the same people (a table of verdicts after the cases told in full; "Напомним,
        // что A и B были задержаны 12 марта"), unless the sanctions differ. (Not the catch-all type: two hearings of a day. Not
        // an act whose day was only carried over from the act before: "Before his release, the court also sentenced him to
        // three years of supervision" may be another.)
        // (Or the same sanction twice: "В тот же день суд оштрафовал Г. на 50 МРП" and a table's row of that day and fine. Not
        // a term of the catch-all kind: supervision for three years may be ordered twice, before and after a release.)
        if summary.date == day, summary.eventType != .other, !summary.persons.isEmpty,
           (Retellings.writesTheDay(day, in: summary.quote) && Retellings.writesTheDay(day, in: full.quote))
            || (!summary.sanctions.isEmpty && summary.sanctions == full.sanctions && !summary.sanctions.contains { $0.kind == .other }),
           Retellings.named(summary.persons, among: full.persons),
           Retellings.named(full.persons, among: summary.persons),
           // (A table's "3 г. ограничения свободы" of a verdict the text tells with its ban on activity too: some of its terms.)
           summary.sanctions.allSatisfy({ full.sanctions.contains($0) }) || full.sanctions.isEmpty {
            return true
        }
        // One person's (or one group's) detention told again the same day, a feed's update ("09:40 · Обновлено\nЖаксылыкова
        // доставили в отдел полиции …") after the news of it: one detention, however the day was given.
        if summary.eventType == .detention, summary.date == day, !summary.persons.isEmpty,
           Retellings.named(summary.persons, among: full.persons), Retellings.named(full.persons, among: summary.persons) {
            return true
        }
        // An act on no one told twice the same day ("10:41 Пропал моб. интернет" in a monitor's messages, "С 10:40 до 12:30 не
        // работал мобильный интернет" in the evening's summary): one act, the longer telling the fuller, where neither names
        // a place or a body the other does not.
        if ParagraphReader.actsOnNoOne.contains(summary.eventType), summary.date == day, summary.persons.isEmpty, full.persons.isEmpty,
           Set(summary.organizations).isSubset(of: full.organizations), summary.locations.isEmpty || samePlaces(summary.locations, full.locations),
           full.quote.unicodeScalars.count > summary.quote.unicodeScalars.count {
            return true
        }
        // A timeline's entry led by its day ("12.03.2025 – Sit-in on campus; eleven students detained.", "07.04 — Домашний арест
        // для Мухаметова") recaps the act of that type and day told with more, when it names no one and nothing else.
        // (So does its clause after a semicolon, "…; Tolegenova fined.": a few words that tell nothing new.)
        if summary.date == day, Retellings.opensWithTheDay(day, in: summary.quote) && !Retellings.opensWithTheDay(day, in: full.quote)
            || summary.quote.unicodeScalars.count <= Retellings.shortTelling && full.quote.unicodeScalars.count > Retellings.shortTelling,
           Retellings.named(summary.persons, among: full.persons), Set(summary.organizations).isSubset(of: full.organizations),
           summary.locations.isEmpty || samePlaces(summary.locations, full.locations),
           summary.sanctions.allSatisfy({ s in full.sanctions.contains { $0.kind == s.kind } }) {
            return true
        }
        guard summary.date?.precision != .day else { return false }
        // (An undated act of the catch-all type may be any other: a ban on visits and an appeal rejected.)
        if summary.eventType == .other, summary.date == nil { return false }
        // The same people, or with no one named, the same organisations in an act on organisations ("the union's suspension";
        // a detention "before the rally" of the party's supporters may be another one, and so may any act of the catch-all
        // type: the movement's site blocked and its supporters summoned the same month).
        if summary.persons.isEmpty {
            guard ParagraphReader.organisational.contains(summary.eventType), summary.eventType != .other, !summary.organizations.isEmpty, full.persons.isEmpty, Set(summary.organizations).isSubset(of: full.organizations) else { return false }
        } else {
            guard Retellings.named(summary.persons, among: full.persons) else { return false }
        }
        guard let rough = summary.date else { return true }
        // A year is a long time: "In 2015, he was arrested …" and "arrested on 15 October 2015" may be two arrests, unless
        // the same sentence is told.
        if rough.precision == .year, summary.sanctions.isEmpty || summary.sanctions != full.sanctions { return false }
        return rough.isCompatible(with: day)
    }

    /// Whether a passage opens with a correction's label: "Correction:", "> Correction:", "Поправка:", "Уточнение:".
    static func isACorrection(_ quote: String) -> Bool {
        // (Only its start is read: the label and its colon, after a mail's quote marks.)
        let start = quote.unicodeScalars.prefix(correctionLabelLength)
        return start.contains(":") && opensACorrection(Tokenizer.tokens(Array(start)[...], base: 0)[...])
    }
    /// Whether a sentence's first word is a correction's label: "Correction: …", "Поправка: …".
    static func opensACorrection(_ t: ArraySlice<Token>) -> Bool {
        guard let k = t.firstIndex(where: \.isWord), k + 1 < t.endIndex, t[k + 1].isMark(":") else { return false }
        return correctionLabels.contains(t[k].lower)
    }
    private static let correctionLabels: Set<String> = ["correction", "corrected", "erratum", "поправка", "уточнение", "исправление"]
    private static let correctionLabelLength = 20

    /// Whether two acts befell someone in common, or with no one named, a body in common.
    static func samePeopleOrBodies(_ a: ProposedIncident, _ b: ProposedIncident) -> Bool {
        if !a.persons.isEmpty, !b.persons.isEmpty { return a.persons.contains { x in b.persons.contains { samePerson(x, $0) } } }
        return !a.organizations.isEmpty && a.organizations.contains { b.organizations.contains($0) }
    }

    /// Whether a quote writes the day of the month of `day` in figures ("12 марта", "22.05.2025", "since 10 February").
    /// Whether a passage opens with the day, as a timeline's entry does: its day before the first dash or colon, "12.03.2025 –".
    static func opensWithTheDay(_ day: PartialDate, in quote: String) -> Bool {
        let head = quote.unicodeScalars.prefix(entryHeadLength)
        guard let mark = head.firstIndex(where: { "–—:".unicodeScalars.contains($0) }) else { return false }
        let lead = String(String.UnicodeScalarView(head[..<mark]))
        return lead.unicodeScalars.first.map { ("0"..."9").contains($0) } == true && writesTheDay(day, in: lead)
    }
    private static let entryHeadLength = 24
    /// How long a telling of an act in a few words is: "Mukhametov detained.", "eleven students detained."
    static let shortTelling = 40

    static func writesTheDay(_ day: PartialDate, in quote: String) -> Bool {
        guard let wanted = day.day else { return false }
        var number = 0, digits = 0
        for c in quote.unicodeScalars {
            if ("0"..."9").contains(c) {
                number = number * 10 + Int(c.value - 48)
                digits += 1
            } else {
                if digits > 0, digits <= 2, number == wanted { return true }
                number = 0; digits = 0
            }
        }
        return digits > 0 && digits <= 2 && number == wanted
    }

    /// Whether two acts' places agree: the same place named, or a town and its region (neither may be empty: an act with
    /// no place may have happened anywhere).
    static func samePlaces(_ a: [String], _ b: [String]) -> Bool {
        func region(_ name: String) -> String? {
            Gazetteer.kazakhstan.place(named: name).map { Gazetteer.kazakhstan.region(of: $0)?.name ?? $0.name }
        }
        return a.contains { x in b.contains { y in x == y || (region(x) != nil && region(x) == region(y)) } }
    }

    /// Whether every one of `people` is named among `others`, in full or by surname alone.
    static func named(_ people: [String], among others: [String]) -> Bool {
        people.allSatisfy { person in others.contains { samePerson(person, $0) } }
    }

    /// Whether two names are one person's: the same, or one the other's surname alone ("Abenov", "Ruslan Abenov"), as a
    /// headline names someone its story names in full.
    static func samePerson(_ a: String, _ b: String) -> Bool {
        if a == b || isInitialled(a, b) || isInitialled(b, a) { return true }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard !short.contains(" "), let last = long.split(separator: " ").last else { return false }
        return last == short
    }

    /// Whether `short` names by an initial the person `long` names in full, as tables do: "Г. Сейтказиева", "Гульнар
    /// Сейтказиева"; "A. Nurlanova", "Aigerim Nurlanova".
    static func isInitialled(_ short: String, _ long: String) -> Bool {
        let s = short.split(separator: " "), l = long.split(separator: " ")
        guard s.count == 2, l.count == 2, s[0].count == 2, s[0].last == ".", let initial = s[0].first, l[0].count > 2,
              l[0].first == initial else { return false }
        return s[1] == l[1]
    }
}

extension ProposedIncident {
    /// What a telling of a group's act without its people adds: its articles and sanctions, when this telling gives none.
    /// (A summary naming someone may cite the article of another act of its sentence: "у которого на прошлой неделе разбили
    /// машину, вчера самого оштрафовали … по ст. 434".)
    mutating func takeDetails(of summary: ProposedIncident) {
        // Any other telling gives the names a table wrote by their initials ("Г. Сейтказиева"), the body an act was on, and
        // the town of a region ("Атырауская обл." and "В Атырау").
        persons = persons.map { name in summary.persons.first { Retellings.isInitialled(name, $0) } ?? name }.uniqued()
        if organizations.isEmpty { organizations = summary.organizations }
        if !locations.isEmpty, !summary.locations.isEmpty,
           summary.locations.allSatisfy({ town in locations.contains { PlaceRecognizer.isRegion($0, of: town) } }) {
            locations = summary.locations
        }
        // (Or a telling of the same day's act on the same people.)
        guard summary.persons.isEmpty || (summary.date == date && summary.date?.precision == .day && summary.eventType == eventType
                                          && Retellings.named(summary.persons, among: persons)) else { return }
        if legalProvisions.isEmpty { legalProvisions = summary.legalProvisions }
        if sanctions.isEmpty { sanctions = summary.sanctions }
    }
}
