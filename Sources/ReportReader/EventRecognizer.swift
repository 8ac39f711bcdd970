import CivicModel

/// An act found in a sentence: its type in the controlled vocabulary and the words that state it.
struct EventMention: Hashable, Sendable {
    var type: EventType
    var trigger: ClosedRange<Int>
}

/// Finds the acts a sentence states, in the controlled vocabulary, from the verbs and phrases reports
/// use ("was detained", "sentenced … to N days of administrative detention", "rejected … appeal",
/// "was set ablaze"). One sentence can state several acts; a detention ordered by a court as
/// administrative arrest is that, not a police detention; "is facing charges" counts only on its own.
enum EventRecognizer {
    private struct Rule: Sendable {
        var type: EventType
        var patterns: [TokenPattern]
        /// Refuses a match by what surrounds it: (tokens, match) → keep?
        var accept: @Sendable (ArraySlice<Token>, ClosedRange<Int>) -> Bool = { _, _ in true }
    }

    private static func words(_ tokens: ArraySlice<Token>, _ range: Range<Int>) -> [String] {
        let r = max(tokens.startIndex, range.lowerBound)..<min(tokens.endIndex, max(range.upperBound, max(tokens.startIndex, range.lowerBound)))
        return tokens[r].map(\.lower)
    }
    private static func before(_ t: ArraySlice<Token>, _ m: ClosedRange<Int>, _ n: Int) -> [String] { words(t, (m.lowerBound - n)..<m.lowerBound) }
    private static func after(_ t: ArraySlice<Token>, _ m: ClosedRange<Int>, _ n: Int) -> [String] { words(t, (m.upperBound + 1)..<(m.upperBound + 1 + n)) }

    /// Every word the rules look for, lower-cased.
    static let vocabulary = WordSet(rules.flatMap { rule in
        rule.patterns.flatMap { $0.description.split(separator: " ").flatMap { $0.split(separator: "|") } }
            .filter { !$0.hasPrefix("~") && !$0.hasSuffix("*") }.map(String.init)
    })

    /// Which lengths those words have (`vocabularyLengths[n]`), to rule most candidates out before building a string.
    static let vocabularyLengths: [Bool] = {
        let words = rules.flatMap { rule in
            rule.patterns.flatMap { $0.description.split(separator: " ").flatMap { $0.split(separator: "|") } }
                .filter { !$0.hasPrefix("~") && !$0.hasSuffix("*") }
        }
        let lengths = Set(words.map(\.count))
        return (0...(lengths.max() ?? 0)).map(lengths.contains)
    }()

    private static let rules: [Rule] = [
        Rule(type: .politicalPrisonerRecognized, patterns: [TokenPattern("recognised|recognized|declared|named ~14 political prisoner|prisoners"),
                                                             // "added both names to its list of political prisoners"
                                                             TokenPattern("added|included|entered ~8 list of political prisoners"),
                                                             // "recognised Timur A., an activist held on charges of …, as a political prisoner"
                                                             TokenPattern("recognised|recognized|declared ~30 , as a|an political prisoner")],
             // ("Several activists were included in a revised list of political prisoners:" heads the list that names them.)
             accept: { t, m in
                 !["added", "included", "entered"].contains(t[m.lowerBound].lower) || !before(t, m, 1).contains(where: { ["was", "were", "been", "be"].contains($0) })
             }),
        Rule(type: .politicalPrisonerRecognized, patterns: [TokenPattern("recognised|recognized ~8 prisoner|prisoners of conscience"),
                                                             // a statement's own act, in the present: "today our coalition recognises … as a political prisoner"
                                                             TokenPattern("recognises|recognizes ~8 political prisoner|prisoners")]),
        // "they applied to the akimat … and got a written refusal": a refusal received, of a gathering's notice.
        Rule(type: .assemblyRefused, patterns: [TokenPattern("got|received ~2 refusal|refusals")], accept: { t, _ in
            t.contains { gatherings.contains($0) || ["akimat", "akimats", "notification", "notice"].contains($0.lower) }
        }),
        Rule(type: .administrativeArrest, patterns: [TokenPattern("administrative detention|arrest|detentions|arrests"), TokenPattern("adm|admin arrest|detention"), TokenPattern("adm|admin . arrest|detention"),
                                                     TokenPattern("days|day of arrest"), TokenPattern("days ’|' arrest"), TokenPattern("days arrest"),
                                                     // a table's "10 d. arrest"
                                                     TokenPattern("d . arrest"),
                                                     // "the court sent him to a detention centre for 15 days"
                                                     TokenPattern("sent ~3 to a|the detention centre|center for ~3 days|day")], accept: { t, m in
            // "while he is still serving his administrative arrest": one given before, told as a state; so is "after serving
            // fifteen days of administrative arrest".
            let prev = before(t, m, 3)
            if prev.contains(where: { ["his", "her", "their"].contains($0) }), prev.contains(where: { ["serving", "served"].contains($0) }) { return false }
            let lead = before(t, m, 6)
            if let serving = lead.firstIndex(where: { ["serving", "served"].contains($0) }), serving > 0, ["after", "having"].contains(lead[serving - 1]) { return false }
            // A list's line of a person and what the court gave them: "• Aidos Kenzhebayev, organiser: 15 days of administrative arrest …".
            if isAVerblessEntry(t, m) { return true }
            // A timeline's note of a term given, with no verb: "next day 10 days' admin. arrest" (not a statute's "up to 15 days of
            // administrative arrest", nor what someone faces).
            if let days = prev.lastIndex(where: { $0 == "days" || $0 == "day" }), days > 0,
               t[m.lowerBound - prev.count + days - 1].isNumber,
               !words(t, t.startIndex..<m.lowerBound).contains(where: { termsNotGiven.contains($0) }) { return true }
            // ("to review all administrative arrests imposed since January": a class of acts, none told.)
            if ["arrests", "detentions"].contains(t[m.upperBound].lower), let last = prev.last, ["all", "such", "these", "those"].contains(last) { return false }
            let context = words(t, t.startIndex..<t.endIndex)
            // ("sent him to 15 days of administrative arrest", "jailed her for ten days of administrative arrest")
            return context.contains(where: { ["sentenced", "ordered", "given", "gave", "handed", "received", "got", "placed", "sentence", "served", "serving", "subjected", "imposed", "spent", "sent", "jailed"].contains($0) })
        }),
        Rule(type: .conviction, patterns: [TokenPattern("sentenced"), TokenPattern("convicted"), TokenPattern("sentencing of"), TokenPattern("found|finding ~6 guilty"),
                                           // A caption's present: "City court No. 2 sentences D. Seitkali under …".
                                           TokenPattern("court|judge ~3 sentences|convicts"),
                                           TokenPattern("gave|given|received|handed ~6 sentence|sentences"), TokenPattern("prison|suspended sentence"),
                                           TokenPattern("prison|jail term|terms"), TokenPattern("received|got ~4 years|year"),
                                           TokenPattern("jailed|imprisoned ~6 for ~3 years|year|months|days"),
                                           // "jailed the other three under Article 488 of the Administrative Code: A for 15 days, …"
                                           TokenPattern("jailed ~16 for ~3 days"),
                                           // "a sentence of two years' restriction of freedom imposed in September on A"
                                           TokenPattern("sentence of ~8 imposed ~3 on"),
                                           // "verdict …: 1 yr in prison"
                                           TokenPattern("yr|yrs in prison|jail")],
             accept: { t, m in
                 let next = after(t, m, 12)
                 if next.contains("supervision") { return false }
                 let prev = before(t, m, 3)
                 // "the families of the convicted men": a word describing people, not the act.
                 if ["convicted", "sentenced"].contains(t[m.lowerBound].lower), prev.last == "the" { return false }
                 if prev.contains("being") && prev.contains("after") == false && t[m.lowerBound].lower == "found" { return true }
                 if t[m.upperBound].lower == "sentence", prev.contains(where: { ["serving", "upheld", "cancelled", "the", "his", "her", "their"].contains($0) }) { return false }
                 // "received four and three years": only numbers between the verb and the years.
                 if ["received", "got"].contains(t[m.lowerBound].lower), ["years", "year"].contains(t[m.upperBound].lower) {
                     return t[(m.lowerBound + 1)..<m.upperBound].allSatisfy { $0.isNumber || SanctionRecognizer.numberWords[$0.lower] != nil || ["and", "a", "half", "-"].contains($0.lower) }
                 }
                 if ["prison", "suspended", "jail"].contains(t[m.lowerBound].lower) {
                     return before(t, m, 6).contains(where: { ["received", "gave", "given", "handed", "a"].contains($0) })
                 }
                 return true
             }),
        Rule(type: .fine, patterns: [TokenPattern("fined"), TokenPattern("imposed|handed|issued|given|received|got ~3 fine|fines"), TokenPattern("court|judge fines"),
                                     // "ordered three of them to pay fines of 20 MCI", "were ordered to pay a fine"
                                     TokenPattern("ordered ~12 to pay ~2 fine|fines"),
                                     // "ordered her to pay 100 MCI"
                                     TokenPattern("ordered ~12 to pay ~3 mci|tenge|kzt"),
                                     TokenPattern("slapped|hit with ~2 fine|fines"),
                                     // "• Timur Ospanov, journalist: a fine of 20 MCI under …"
                                     TokenPattern("a fine of"),
                                     // "the judge announced a ruling fining Saparova 15 MCI"
                                     TokenPattern("ruling|decision|judgment|order fining")],
             // ("ordered her to pay 5 million tenge in moral damages": an award of damages, told by its own rule.)
             accept: { t, m in
                 if t[m.lowerBound].lower == "a" { return isAVerblessEntry(t, m) }
                 return !after(t, m, 4).contains(where: { ["damages", "compensation"].contains($0) })
             }),
        Rule(type: .acquittalOrCaseClosed, patterns: [TokenPattern("case|charges|proceedings|investigation|prosecution ~30 was|were|been terminated|dropped|closed|dismissed|discontinued"),
                                                      TokenPattern("terminated|dropped|closed the|a ~2 case|charges|proceedings"),
                                                      // "closed the Article 274 investigation against the blogger"
                                                      TokenPattern("terminated|dropped|closed the ~3 investigation against|into|of"),
                                                      // "terminated proceedings against the blogger", "discontinued the proceedings"
                                                      TokenPattern("terminated|discontinued|dropped proceedings|charges"), TokenPattern("discontinued the ~2 case|proceedings"),
                                                      TokenPattern("cancelled|canceled|overturned|quashed|annulled ~3 sentence|verdict|conviction"),
                                                      TokenPattern("acquitted"),
                                                      // "the decision of the city court of 4 June to acquit …", "the court decided to acquit".
                                                      TokenPattern("decision|decided|ruled ~10 to acquit"),
                                                      // A statement's "We welcome the acquittal on 17 June of …".
                                                      TokenPattern("welcome|welcomes|welcomed|welcoming the acquittal"),
                                                      // "investigators closed it for lack of evidence"
                                                      TokenPattern("closed|dropped|terminated it for lack"),
                                                      // "closed Saule's case for lack of corpus delicti", "dropped her case"
                                                      TokenPattern("closed|dropped|terminated ~3 case|cases for lack"),
                                                      TokenPattern("closed|dropped|terminated his|her|their case|cases")]),
        Rule(type: .criminalCaseOpened, patterns: [TokenPattern("criminal case|cases|investigation|proceedings ~30 was|were|been|had initiated|opened|launched|instituted|registered"),
                                                   TokenPattern("initiat*|opened|launched|instituted|open ~3 criminal case|investigation"),
                                                   // "became the subject of a criminal investigation under Article 174"
                                                   TokenPattern("became the subject of a criminal investigation|case"),
                                                   // "acting under a criminal case opened on 2 June under Article 274"
                                                   // ("as a suspect in the criminal case opened against him in January" names one told before.)
                                                   TokenPattern("criminal case|investigation opened|launched|initiated|instituted on"),
                                                   TokenPattern("registered ~5 investigation|case against"), TokenPattern("registered a|the criminal case"),
                                                   // "registered a pre-trial investigation under … in respect of Mr A"
                                                   TokenPattern("registered|opened|launched|initiated|started ~2 pre - trial investigation|investigations"),
                                                   // "a pre-trial investigation against Mr. A was registered on 29 August"
                                                   TokenPattern("pre - trial investigation|investigations ~30 was|were|been registered|opened|launched|initiated"),
                                                   TokenPattern("case ~2 was|were ~2 opened|initiated"), TokenPattern("opened ~2 case against"),
                                                   // "His case had been opened in October 2025"
                                                   TokenPattern("case ~2 had|has been opened|initiated|launched|registered"),
                                                   // "initiated criminal proceedings against Mr. Zhaksybekov under article 405"
                                                   TokenPattern("initiated|instituted|opened|launched criminal proceedings against|under"),
                                                   // "declared her a suspect in a case of …": the case is against her.
                                                   TokenPattern("declared|recognised|recognized|named ~3 a suspect")],
             // ("close the criminal case opened under Article 400": a demand about the case, not its opening.)
             accept: { t, m in !before(t, m, 4).contains("no") && !["close", "drop", "terminate", "discontinue", "end"].contains(before(t, m, 2).first ?? "") }),
        // A timeline's shorthand: "22/04/2025 – criminal case opened vs. M. Iskakov" (not "a suspect in the criminal case opened
        // against him in January", a case told before).
        Rule(type: .criminalCaseOpened, patterns: [TokenPattern("criminal case|investigation opened|launched|initiated|instituted|registered against|vs|versus")],
             accept: { t, m in !before(t, m, 1).contains { ["the", "a", "an", "this", "that", "his", "her", "their", "its"].contains($0) } }),
        Rule(type: .charged, patterns: [TokenPattern("facing|faces|face charges"), TokenPattern("been accused of"), TokenPattern("accused him|her|them of"), TokenPattern("was|were charged with|on|under|for"),
                                        // "He is formally charged and declines to testify", "was charged, tried and sentenced": the charge with no
                                        // article after it.
                                        TokenPattern("was|were formally|officially charged"), TokenPattern("was|were charged and|.|,|;"),
                                        TokenPattern("charged him|her|them ~3 with"), TokenPattern("charged ~10 under"),
                                        // "the investigator charged Mr Sarsenbayev with …": a name between the verb and its charge.
                                        TokenPattern("charged ~5 with"),
                                        TokenPattern("administrative protocol|protocols ~3 drawn|filed|issued")],
             // ("the case against Serik, who had been accused of organising a strike, was closed": what the case was about.)
             accept: { t, m in !(t[m.lowerBound].lower == "been" && before(t, m, 3).contains { ["who", "whom", "which"].contains($0) }) }),
        Rule(type: .pretrialDetention, patterns: [TokenPattern("pre - trial detention"), TokenPattern("pretrial detention"),
                                                  TokenPattern("sanctioned|authorised|authorized the arrest"),
                                                  // "sanctioned Marat's arrest for two months"
                                                  TokenPattern("sanctioned|authorised|authorized ~5 arrest for"),
                                                  // "authorised the applicant's detention on remand"
                                                  TokenPattern("detention on remand"),
                                                  TokenPattern("taken|remanded into custody"), TokenPattern("held|kept|detention|detained in custody"),
                                                  TokenPattern("been|remained in custody"),
                                                  TokenPattern("remanded"), TokenPattern("remands"),
                                                  // "granted the request to keep him in custody", "extending his detention by three months"
                                                  TokenPattern("keep|kept ~3 in custody"), TokenPattern("extended|extending|prolonged|prolonging ~4 detention|custody"),
                                                  // "the investigative court placed him in custody for two months"
                                                  TokenPattern("placed|put ~4 in|into custody"),
                                                  // "ordered that he be held on remand", "the custodial measure was prolonged on 14 March"
                                                  TokenPattern("held|kept on remand"), TokenPattern("detention|custody ~4 was|were|been extended|prolonged"),
                                                  TokenPattern("custodial measure ~4 was|were|been extended|prolonged")],
             // "released from pre-trial detention" ends it; "an appeal against pre-trial detention" asks to end it.
             accept: { t, m in !before(t, m, 1).contains("from") && !before(t, m, 2).contains("against") }),
        Rule(type: .houseArrest, patterns: [TokenPattern("house arrest")], accept: { t, m in
            // "Orazov's house arrest is lifted": an existing one, ended.
            if after(t, m, 3).contains(where: { ["lifted", "ended", "cancelled", "canceled", "expired"].contains($0) }) { return false }
            // ("the investigator lifted the house arrest and replaced it with …": so is one lifted.)
            if before(t, m, 2).contains(where: { ["lifted", "revoked", "cancelled", "canceled", "ended"].contains($0) }) { return false }
            if before(t, m, 2).contains(where: { $0 == "’" || $0 == "'" }) { return false }
            // "released from house arrest" ends one; "the request for house arrest" asks for one; "the appeal against the house
            // arrest" asks to end one.
            if before(t, m, 1).contains("from") || before(t, m, 2).contains("against") { return false }
            if before(t, m, 1).contains("for"), before(t, m, 3).contains(where: { ["request", "application", "petition", "motion", "plea", "asked", "asking"].contains($0) }) {
                return false
            }
            // "remains under house arrest": a state told, not the act that began it.
            if before(t, m, 3).contains(where: { ["remains", "remained", "remain", "still"].contains($0) }) { return false }
            // "the defence moved to transfer him to house arrest": a motion, not the court's ruling.
            let lead = before(t, m, 8)
            if let motion = lead.firstIndex(where: { ["moved", "petitioned", "requested", "asked", "applied"].contains($0) }),
               lead[(motion + 1)...].first == "to" { return false }
            // "the measure of restraint was changed to house arrest", "replaced with house arrest": into it.
            if ["to", "with"].contains(before(t, m, 1).first ?? "") { return true }
            return !before(t, m, 3).contains(where: { ["changed", "converted", "replaced", "his", "her"].contains($0) }) || before(t, m, 3).contains("under")
        }),
        Rule(type: .detention, patterns: [TokenPattern("detained"), TokenPattern("arrested"), TokenPattern("apprehended"), TokenPattern("rounded up"),
                                          // "forced the women onto buses and drove them to district police stations"
                                          TokenPattern("forced|pushed|dragged|bundled ~3 onto|into ~2 bus|buses|van|vans|car|cars ~8 police"),
                                          TokenPattern("detain|detains"),
                                          TokenPattern("brought ~2 to the police"), TokenPattern("took|taken ~6 to a|the ~3 police"), TokenPattern("took|taken ~3 to police"), TokenPattern("drove|driven ~3 to a|the ~3 police|department|station"),
                                          TokenPattern("mass arrests|detentions"),
                                          // "was picked up by plainclothes cops"
                                          TokenPattern("picked up by ~3 police|officers|cops|policemen|agents"),
                                          // "put her in a van", "bundled them into a bus"
                                          TokenPattern("put|pushed|dragged|bundled|forced ~6 in|into a|an|the|police ~2 van|vans|bus|buses|minibus|minivan"),
                                          TokenPattern("force to detain|arrest"),
                                          // "police put him in a car and drove him to the district department"
                                          TokenPattern("police|officers|policemen ~3 put|pushed|bundled|forced him|her|them|us in|into a|the|an ~1 car|cars"),
                                          TokenPattern("placed|put|held|taken in|into ~2 temporary detention"),
                                          TokenPattern("the arrest|detention of|on"),
                                          // "Police lead him away after ten minutes"
                                          TokenPattern("led|lead|leads|took|take|takes him|her|them away"),
                                          // "Police officers grabbed him outside the polling station"
                                          TokenPattern("police|officers|policemen|agents ~1 grabbed"),
                                          // "was taken away by officers", "carried to a bus by four officers", "putting people into two buses"
                                          TokenPattern("was|were|been taken away"),
                                          TokenPattern("carried|dragged ~3 to|into|onto a|the ~2 bus|buses|van|vans|police"),
                                          TokenPattern("putting|loading|loaded|shoving ~4 into|onto ~2 bus|buses|van|vans"),
                                          // A case file's line: "Date of detention: 19 April 2025." ("…: not detained" is none.)
                                          TokenPattern("date of detention|arrest"),
                                          // "He was taken from a café by police"
                                          TokenPattern("taken from ~5 by police|officers"),
                                          // "were taken off a bus on their way to the akimat", "removed from the train": stopped on the way to a
                                          // gathering or an official.
                                          TokenPattern("taken|removed|pulled off|from a|the bus|train|plane|flight|coach"),
                                          // "police stopped an intercity bus … and took off local activist X"
                                          TokenPattern("took|pulled|hauled off ~2 activist|activists|journalist|journalists|blogger|bloggers|him|her|them")],
             accept: { t, m in
                 if t[m.lowerBound].lower == "date" {
                     return m.upperBound + 2 < t.endIndex && t[m.upperBound + 1].isMark(":") && !negations.contains(t[m.upperBound + 2])
                 }
                 // "Those detained were released" speaks of the detention as a noun; the release is the act. "The arrest of"
                 // someone is the act named by its noun.
                 if t[m.lowerBound].lower == "the" { return true }
                 // "the police grabbed him": the match opens with who acted.
                 if ["police", "officers", "policemen", "agents"].contains(t[m.lowerBound].lower) { return true }
                 // ("She took it to the police": a thing handed in, not a person taken.)
                 if ["took", "taken", "brought"].contains(t[m.lowerBound].lower), after(t, m.lowerBound...m.lowerBound, 1) == ["it"] { return false }
                 // (Taken off a vehicle only: "took off his jacket" is no act.)
                 if ["took", "pulled", "hauled"].contains(t[m.lowerBound].lower), after(t, m.lowerBound...m.lowerBound, 1) == ["off"] {
                     return t.contains { ["bus", "buses", "train", "plane", "coach", "minibus", "flight"].contains($0.lower) }
                 }
                 let prev = before(t, m, 1)
                 // A live blog's present tense, "Police detain …"; "the right to detain" is no act.
                 if ["detain", "detains"].contains(t[m.lowerBound].lower) { return !prev.contains("to") && !prev.contains("not") }
                 // "Among those detained … were three activists": the detention told by whom it befell.
                 if prev.contains("those"), before(t, m, 2).first == "among" { return true }
                 // ("reposted material about detained activists", "a list of arrested protesters": the people described.)
                 if let word = prev.last, describedAfter.contains(word), m.lowerBound == m.upperBound,
                    let next = after(t, m, 1).first, next.count > 3, next.hasSuffix("s") { return false }
                 // ("a solo picket in support of a detained colleague": one person described.)
                 if let word = prev.last, word == "a" || word == "an", m.lowerBound == m.upperBound, let next = after(t, m, 1).first,
                    t[m.upperBound + 1].isWord, !["by", "at", "on", "in", "for", "and", "after", "during", "while", "near", "outside"].contains(next) { return false }
                 return !prev.contains("those") && !prev.contains("the")
             }),
        Rule(type: .release, patterns: [TokenPattern("released"), TokenPattern("amnestied"), TokenPattern("freed"), TokenPattern("let go"), TokenPattern("let him|her|them go"),
                                        // "was allowed to go home at about 11 p.m."
                                        TokenPattern("was|were allowed to go home"),
                                        // A statement's "We welcome the release on parole of …" (not a call for a release).
                                        TokenPattern("welcome|welcomes|welcomed|welcoming the release"),
                                        TokenPattern("house arrest was|were|been lifted|ended"),
                                        // "walked out of the detention centre after serving fifteen days"
                                        TokenPattern("walked|came out of ~4 detention|prison|colony|centre|center"), TokenPattern("walked free"),
                                        // "was let out of the detention centre on the morning of 25 March"
                                        TokenPattern("let out of ~4 detention|prison|colony|centre|center|custody|jail"), TokenPattern("was|were let out"),
                                        TokenPattern("pardoned")], accept: { t, m in
            // "X should be freed": a call, not a release.
            if before(t, m, 3).contains(where: { ["should", "must"].contains($0) }) { return false }
            // ("The residual balance is to be released to the liquidation commission": money, not a person.)
            if before(t, m, 4).contains(where: { ["balance", "funds", "money", "amount", "sum", "payment", "deposit"].contains($0) }) { return false }
            if ["walked", "came", "pardoned", "let", "welcome", "welcomes", "welcomed", "welcoming", "was", "were"].contains(t[m.lowerBound].lower) { return true }
            // A list's line without its verb: "17 June, Petropavl: Serik Duisenov released after serving …".
            if m.lowerBound > t.startIndex, t[m.lowerBound - 1].isCapitalized,
               t[t.startIndex..<m.lowerBound].contains(where: { $0.isMark(":") }) { return true }
            // "The house arrest was lifted": the person is free again.
            if t[m.lowerBound].lower == "house" { return true }
            let prev = before(t, m, 3)
            // "The report was released": things are published, people freed.
            // A log's clause without its subject ("detained at a picket; released the same night") frees the same person.
            // (So does a list's line opening with it: "- Released on parole in 2014 from a colony".)
            let opensClause = t[t.startIndex..<m.lowerBound].allSatisfy({ $0.kind == .punctuation }) || t[m.lowerBound - 1].isMark(";")
            // "She was questioned in a case of false information and released": after "and" the verb is the person's.
            let personsVerb = prev.last == "and" && t.contains { personPronouns.contains($0) }
            return (opensClause || prev.contains(where: { ["was", "were", "been", "be", "being", "and", "later", "are", "is"].contains($0) })) && !prev.contains("recently")
                && (personsVerb || !t[max(t.startIndex, m.lowerBound - 8)..<m.lowerBound].reversed().prefix { !$0.isMark(",") }.contains { publications.contains($0) })
        }),
        Rule(type: .organizationSuspended, patterns: [TokenPattern("suspended"), TokenPattern("ordered|obliged|forced to suspend"),
                                                      // a headline's or a timeline's present, after a date: "3 July – economic court suspends union …"
                                                      TokenPattern("court suspends"),
                                                      // "ordered the suspension of the union's activity for three months"
                                                      TokenPattern("ordered|imposed|decreed the suspension of")], accept: { t, m in
            let next = after(t, m, 4)
            // (A court's present with no date before it tells what courts do: "the court suspends an association that …".)
            if t[m.upperBound].lower == "suspends", !t[t.startIndex..<m.lowerBound].contains(where: \.isNumber) { return false }
            // ("the investigation was suspended in August": of a case, not a body.)
            let subject = before(t, m, 3)
            if ["investigation", "inquiry", "case", "proceedings", "probe", "trial", "hearing"].contains(where: subject.contains) { return false }
            // ("Dala Times has since suspended publication of investigative material": an outlet's own choice, no one's act on it.)
            if ["since", "voluntarily"].contains(where: subject.contains), !subject.contains("court"), ["publication", "publishing", "broadcasts", "operations"].contains(where: next.contains) {
                return false
            }
            // ("suspended Abenova's membership of the bar", "suspended his licence": a person's standing, not a body.)
            // ("had her licence suspended for six months": the same, told the other way round.)
            if after(t, m, 6).contains(where: { personalStanding.contains($0) }) || before(t, m, 3).contains(where: { personalStanding.contains($0) }) { return false }
            return !next.contains("sentence") && !next.contains("sentences") && !next.contains("prison") && !before(t, m, 3).contains("a")
        }),
        Rule(type: .organizationBanned, patterns: [TokenPattern("declared ~7 extremist"), TokenPattern("liquidated"),
                                                   TokenPattern("terminating|terminated|terminate the publication|activities"),
                                                   // (A name in quotes is three tokens: "banned the party "Alga" as extremist".)
                                                   TokenPattern("banned ~7 as extremist"), TokenPattern("ordered|ruled ~5 liquidation"),
                                                   // "recognised Erkin Dala as an extremist organisation and banned its activities"
                                                   TokenPattern("recognised|recognized|designated ~7 as ~2 extremist|terrorist"),
                                                   TokenPattern("banned|prohibited the|its|their activities|activity"),
                                                   // "banned the opposition movement "Jana Tynys"" (not "banned from leaving").
                                                   TokenPattern("banned the ~2 party|movement|organisation|organization|association|union|foundation"),
                                                   // Deregistration ends a body's legal existence as a liquidation does.
                                                   TokenPattern("struck|removed|deleted ~10 register|registry"), TokenPattern("deregistered"),
                                                   TokenPattern("revoked|annulled|cancelled ~4 registration")],
             accept: { t, m in
                 !before(t, m, 4).contains("have") && !before(t, m, 4).contains("has")
                     // ("banned the party's members from leaving the country" is a travel ban.)
                     && !(t[m.lowerBound].lower == "banned" && after(t, m, 5).contains("from"))
             }),
        Rule(type: .registrationDenied, patterns: [TokenPattern("state of registration"), TokenPattern("refused|denied|rejected ~3 registration"),
                                                   TokenPattern("registration ~7 refused|denied|rejected"),
                                                   TokenPattern("refused|declined|denied ~12 to register|reregister"),
                                                   // "refused to re-register the Bureau"
                                                   TokenPattern("refused|declined|denied ~12 to re - register"),
                                                   TokenPattern("turned down ~5 application|applications|request|requests ~2 to register|reregister"),
                                                   TokenPattern("returned ~6 without consideration"),
                                                   // "rejected, for the sixth time, the application of the opposition Zhana Tolkyn party"
                                                   TokenPattern("rejected|refused|denied ~8 application|applications of|from the ~4 party|movement|association|union|foundation"),
                                                   TokenPattern("application|applications|documents ~6 refused|rejected|denied")],
             accept: { t, m in
                 // ("refused to register his complaint of torture": a complaint turned down, told by the rule for other acts.)
                 if after(t, m, 3).contains(where: { complaintNouns.contains($0) }) { return false }
                 // An application to hold a gathering is a notification refused, told by the next rule.
                 // ("March" with a capital is the month.)
                 return ["registration", "refused", "declined", "denied", "state"].contains(t[m.lowerBound].lower)
                     || !t.contains { gatherings.contains($0) && !($0.isCapitalized && $0.lower == "march") }
             }),
        Rule(type: .assemblyRefused, patterns: [TokenPattern("denied|refused ~6 permission"), TokenPattern("not approved"), TokenPattern("not been approved"),
                                                // "replied that the rally was "not agreed""
                                                TokenPattern("rally|picket|march|meeting|demonstration|assembly|gathering was ~2 not agreed"),
                                                // "informed him that his notification had not been agreed"
                                                TokenPattern("notification|notice|application had|has|was ~1 not ~1 agreed"),
                                                TokenPattern("rejected|refused|denied ~3 notification|notifications"),
                                                TokenPattern("turned down a|the|its|their|his|her ~1 notification|notifications"),
                                                // "rejected on 6 March 2024 the notification" (not "refused 17 of the 19 notifications")
                                                TokenPattern("rejected|refused|denied on ~3 the|a|its notification"),
                                                // "had rejected, four days earlier, a notification"
                                                TokenPattern("rejected|refused|denied , ~4 , a|the notification|notifications"),
                                                TokenPattern("notification|notifications ~12 refused|rejected|denied"),
                                                TokenPattern("application|applications ~6 rally|rallies|picket|pickets|marches|meeting|demonstration|assembly ~6 refused|rejected|denied"),
                                                TokenPattern("rejected|refused|denied ~2 application|applications ~3 rally|rallies|picket|pickets|marches|meeting|demonstration|assembly"),
                                                // ("refused on 12 February to agree the initiative's notification")
                                                TokenPattern("refused|declined ~4 to approve|authorise|authorize|sanction|agree|coordinate"),
                                                // "the city akimat did not approve the notice filed by the group", "the union's notice"
                                                TokenPattern("did not approve|agree|authorise|authorize|sanction ~5 notice|notification|notifications|rally|march|picket|meeting|demonstration|assembly|gathering"),
                                                // a translation's "refused the initiative group … in agreement of a meeting" (в согласовании митинга)
                                                TokenPattern("refused|denied ~20 in agreement|approval|coordination of ~2 meeting|rally|picket|march|assembly|gathering|demonstration"),
                                                TokenPattern("rejected|refused|denied|declined|turned ~6 request|requests|application|applications|notice|notices ~14 to hold|stage|organise|organize"),
                                                // "turned down the notice from the group for an 8 March march", "refused a notice from mothers
                                                // seeking to protest"
                                                TokenPattern("rejected|refused|denied|declined|turned ~3 notice|notices"),
                                                // "the city akimat refused it, citing repair works", "the akimat said no to residents who
                                                // wanted to gather": an akimat's refusal is of a gathering's notice (registration is the
                                                // justice department's).
                                                TokenPattern("akimat|akimats refused|rejected|declined|refuses|rejects"), TokenPattern("akimat|akimats said no to")],
             accept: { t, m in
                 if ["akimat", "akimats"].contains(t[m.lowerBound].lower) {
                     let next = m.upperBound + 1 < t.endIndex ? t[m.upperBound + 1].lower : ""
                     // ("the akimat refused 17 of the 19 notifications", "Akimats refused at least 22 notifications": a count.)
                     let counted = t[(m.upperBound + 1)..<min(t.endIndex, m.upperBound + 6)].contains { $0.isNumber || SanctionRecognizer.numberWords[$0.lower] != nil }
                     return next != "to" && !counted && !t.contains { ["registration", "register", "registered", "land", "plot", "permit"].contains($0.lower) }
                 }
                 if ["notice", "notices"].contains(t[m.upperBound].lower) {
                     // "turned the notice down, citing a cultural event planned earlier"
                     if t[m.lowerBound].lower == "turned", m.upperBound + 1 < t.endIndex, t[m.upperBound + 1].lower == "down" { return true }
                     // ("the akimat of Karaganda rejected the notice": an akimat's refusal is of a gathering's notice.)
                     if t[max(t.startIndex, m.lowerBound - 6)..<m.lowerBound].contains(where: { ["akimat", "akimats"].contains($0.lower) }) { return true }
                     return t[(m.upperBound + 1)..<min(t.endIndex, m.upperBound + 15)].contains { gatherings.contains($0) || ["protest", "protests", "rally"].contains($0.lower) }
                 }
                 // "denied a request by the initiative to hold a march": what the request asked to hold is a gathering.
                 guard ["hold", "stage", "organise", "organize"].contains(t[m.upperBound].lower) else { return true }
                 return t[(m.upperBound + 1)..<min(t.endIndex, m.upperBound + 5)].contains { gatherings.contains($0) }
             }),
        Rule(type: .assemblyDispersed, patterns: [TokenPattern("kettled|kettling|kettles"), TokenPattern("into a kettle"), TokenPattern("call|called off"), TokenPattern("dispersed|dispersal"),
                                                  TokenPattern("police disperse|disperses"), TokenPattern("police kettle"), TokenPattern("ordered to disperse"), TokenPattern("surrounded by a police cordon"),
                                                  TokenPattern("shooting of demonstrators|protesters"), TokenPattern("fired on|at demonstrators|protesters"),
                                                  TokenPattern("firearms against"),
                                                  // "pushed the crowd off the square", "forced the protesters out of the park"
                                                  TokenPattern("pushed|forced|drove|squeezed|herded|push ~3 crowd|crowds|protesters|demonstrators|participants|picketers|strikers off|out|away|back"),
                                                  TokenPattern("pushed|forced|drove|herded everyone|everybody out|off|away|back"),
                                                  // "forced the residents to disperse", "ordered the crowd to disperse"
                                                  TokenPattern("forced|ordered|made|compelled ~3 to disperse"),
                                                  // "forced the organisers to end the march after twenty minutes"
                                                  TokenPattern("forced|made|compelled ~4 to end|stop|abandon|halt ~2 march|rally|protest|picket|gathering|meeting|demonstration|assembly"),
                                                  // "police encircled about 70 participants of a march": a kettle told by its ring.
                                                  TokenPattern("encircled|encircle|encircles ~4 participants|protesters|demonstrators|picketers|strikers|crowd|marchers"),
                                                  // "police officers surrounded the group, ordered it to leave within five minutes"
                                                  TokenPattern("surrounded|encircled ~2 group|crowd ~8 ordered ~3 to leave|disperse"),
                                                  // "surrounded them, took the posters and ordered everyone to leave"
                                                  TokenPattern("ordered|told everyone|everybody to leave|disperse"),
                                                  TokenPattern("tear gas"), TokenPattern("stun grenades"),
                                                  // "Riot police cleared the carriageway shortly after 8 p.m."
                                                  TokenPattern("police|officers cleared the|a square|carriageway|road|street|avenue|park"),
                                                  // "Officers broke up the gathering"
                                                  TokenPattern("broke|break|breaking up ~5 gathering|rally|protest|meeting|picket|sit-in|crowd|demonstration|strike"),
                                                  TokenPattern("broke|break|breaking|broken up ~3 sit - in"), TokenPattern("sit - in ~3 broken up"),
                                                  // "a sit-in by some forty dismissed workers outside the akimat was broken up by police"
                                                  TokenPattern("sit - in|gathering|rally|protest|picket|demonstration ~16 was|were broken up"),
                                                  // "held them inside the cordon for five hours": a kettle told without the word.
                                                  TokenPattern("held|hold|holds|kept|keep|keeps ~4 inside|within|in the|a ~2 cordon")]),
        Rule(type: .internetShutdown, patterns: [TokenPattern("internet ~6 turned|shut|switched|cut|disconnected|slowed|throttled|stopped|stops"),
                                                 // "mobile internet was unavailable for three hours"
                                                 TokenPattern("internet ~4 was|were|is|are|became unavailable|inaccessible|disrupted"), TokenPattern("internet ~4 is|was dead|down|gone"), TokenPattern("internet is|was|went down"), TokenPattern("internet has|had gone down|off"), TokenPattern("internet ~3 went|was|is down"),
                                                 // a timeline's shorthand: "mobile internet down 11:00–19:00"
                                                 TokenPattern("internet down"),
                                                 TokenPattern("shut|shutting|cut|switched|turned ~3 internet"),
                                                 // "mobile internet was restricted in the town", "the authorities blocked access to the internet"
                                                 TokenPattern("internet ~4 was|were restricted|blocked|limited|suspended|throttled"),
                                                 TokenPattern("restricted|blocked|limited|suspended access to ~2 internet"),
                                                 // "Mobile data services in central Almaty were cut from 11:00"
                                                 TokenPattern("mobile data ~6 was|were|been cut|suspended|disconnected|blocked|restricted|unavailable|down")]),
        Rule(type: .physicalAttack, patterns: [TokenPattern("physically attacked|assaulted"),
                                               // "threw green antiseptic dye in her face"
                                               TokenPattern("threw|splashed|poured ~4 dye|paint|zelyonka|acid|antiseptic ~3 face|her|him|them"), TokenPattern("was|were beaten"), TokenPattern("had|has|have been beaten"),
                                               TokenPattern("pushed|shoved ~5 against a|the wall"),
                                               TokenPattern("was|were reportedly|allegedly|severely|badly beaten"),
                                               TokenPattern("was|were attacked|assaulted"),
                                               TokenPattern("was|were punched|kicked|struck"),
                                               // a timeline's shorthand: "D. Ospanova, journalist – beaten by two unknown men"
                                               TokenPattern("beaten|attacked|assaulted|punched|kicked by"),
                                               TokenPattern("shoved|pushed|thrown|knocked|thrown ~2 to the ground|floor"),
                                               // Killed at a protest: "is shot dead near the akimat".
                                               TokenPattern("shot dead"), TokenPattern("was|were shot"),
                                               TokenPattern("attacked|assaulted|beat|punched|kicked|hit ~3 journalist|reporter|activist|blogger|defender|lawyer|him|her|them|protesters|demonstrators|women|men|cameraman|camerawoman|photographer|correspondent|editor|picketer|picketers|client|applicant|complainant"),
                                               TokenPattern("attacked|assaulted|beat"),
                                               // "two men in hoodies beat up Timur Baizhanov"
                                               TokenPattern("beat up"),
                                               TokenPattern("pushed|shoved|punched|kicked|hit him|her|them"),
                                               // "a man punched Dina in the face"
                                               TokenPattern("punched|kicked|hit|struck|slapped ~3 in the face|head|stomach"),
                                               // "broke her nose", "broke his arm and two ribs"
                                               TokenPattern("broke|broken his|her|their nose|arm|arms|jaw|ribs|leg|legs|finger|fingers")],
             accept: { t, m in
                 // ("pushed him into a van" is how he was taken away: a detention.)
                 if ["pushed", "shoved"].contains(t[m.lowerBound].lower), after(t, m, 3).contains(where: { $0 == "into" || $0 == "onto" }) { return false }
                 // The verb alone is an attack on the person named just after it: "attacked Temirova".
                 guard m.count == 1 else { return true }
                 let next = m.upperBound + 1
                 return next < t.endIndex && t[next].isCapitalized && !t[next].isAllCaps
             }),
        Rule(type: .propertyAttack, patterns: [TokenPattern("set ablaze|alight"), TokenPattern("set it|them ablaze|alight"),
                                               // "poured petrol over Serik's car"
                                               TokenPattern("poured|doused ~2 petrol|gasoline|fuel over|on"), TokenPattern("set on fire"), TokenPattern("set fire to"), TokenPattern("punctured|vandalised|vandalized|smashed"),
                                               TokenPattern("slashed ~3 tyres|tires|wheels"), TokenPattern("tyres|tires|wheels ~2 were|had|have ~2 slashed|punctured"),
                                               // "the car … was doused with red paint"
                                               TokenPattern("car|cars|door|doors|gate|office|house|facade ~12 doused|daubed|splashed with"),
                                               // "broke into the office of the NGO"
                                               TokenPattern("broke|break|breaking into ~3 office|offices|home|house|flat|apartment|premises|car|studio|newsroom|headquarters"),
                                               TokenPattern("broke|damaged ~3 window|windows|door|doors|car"),
                                               // A reporter's camera broken: "knocked the camera out of his hands", "breaking the lens".
                                               TokenPattern("broke|breaking|smashed|smashing|damaged|destroyed ~3 camera|cameras|lens|phone|equipment"),
                                               TokenPattern("knocked ~3 camera|phone out")]),
        Rule(type: .searchOfPremises, patterns: [TokenPattern("searched"), TokenPattern("with a search warrant"), TokenPattern("search of ~3 home|house|flat|office|apartment|premises|newsroom|headquarters"),
                                                     // "officers spent four hours searching his home"
                                                     TokenPattern("searching ~2 home|house|flat|office|apartment|premises"),
                                                 TokenPattern("after|while|before|by searching ~3 home|house|flat|office|apartment|premises|it"),
                                                 // "arrived at his flat at 6am and spent four hours searching it"
                                                 TokenPattern("spent ~4 searching it"),
                                                 TokenPattern("raided"),
                                                 // "investigators went through the flat room by room"
                                                 TokenPattern("went through the|his|her|their ~2 flat|home|house|apartment|office|newsroom|premises")]),
        Rule(type: .travelRestriction, patterns: [TokenPattern("administrative supervision"), TokenPattern("prohibited|banned|barred|bars|bar|prevented|prevents|stopped ~3 from leaving|travelling|traveling"),
                                                  TokenPattern("travel|exit ban|bans|restriction|restrictions"), TokenPattern("ban on leaving"),
                                                  TokenPattern("undertaking|recognizance|recognisance not to leave"),
                                                  // "the investigator ordered him not to leave Shymkent", "ordered that Mr. A must not leave Uralsk"
                                                  TokenPattern("ordered ~3 not to leave"), TokenPattern("ordered ~12 must not leave"),
                                                  TokenPattern("denied|refused|barred ~2 entry"),
                                                  // "was stopped by border officers at the airport", "could not board her flight"
                                                  TokenPattern("stopped by border"), TokenPattern("turned back|away at ~3 border|passport|airport"),
                                                  // "was stopped at passport control at Astana airport"
                                                  TokenPattern("stopped|held at ~1 passport|border control"), TokenPattern("not board|boarding ~2 flight|plane"),
                                                  // (A long apposition may come between: "prevented X, legal adviser to …, from boarding".)
                                                  TokenPattern("prevented|stopped|barred|banned ~20 from boarding"),
                                                  // "a border officer told her she could not leave the country"
                                                  TokenPattern("could|can|may not leave the country"), TokenPattern("not allowed to leave the country")],
             // "The undertaking not to leave Aksai is lifted": an existing one, ended.
             accept: { t, m in !after(t, m, 6).contains(where: { ["lifted", "cancelled", "canceled", "revoked"].contains($0) }) }),
        Rule(type: .surveillance, patterns: [TokenPattern("been|was|were followed ~5 unidentified|unknown|plainclothes"),
                                             // "has been followed by persons in plain clothes"
                                             TokenPattern("been|was|were followed ~5 plain clothes"),
                                             TokenPattern("placed|put|kept under surveillance"), TokenPattern("wiretapped|bugged"),
                                             // "an unmarked car had been parked outside her house around the clock"
                                             TokenPattern("unmarked car|cars|van|vehicle ~4 parked outside|near|opposite"),
                                             // "their meeting was filmed by two plain-clothes officers"
                                             TokenPattern("filmed|photographed|recorded ~2 by ~5 officers|policemen|police|agents"),
                                             // "two men in plain clothes followed her"
                                             TokenPattern("plain clothes followed|tailed|watched"), TokenPattern("plainclothes ~2 followed|tailed|watched"),
                                             // "the phone had been infected with commercial spyware"
                                             TokenPattern("infected ~3 spyware|pegasus|malware"), TokenPattern("spyware was|had|were"),
                                             // "found a GPS tracker under the car of its director"
                                             TokenPattern("found|discovered ~3 tracker|trackers|bug|bugs"),
                                             TokenPattern("found|discovered ~3 tracking|listening device|devices"), TokenPattern("found|discovered ~3 hidden camera|cameras"),
                                             // "a grey Lada with two men in it followed him from the court", "a car without number plates
                                             // has followed her for weeks"
                                             TokenPattern("car|cars|van|vehicle|lada|toyota|sedan ~8 followed|tailed|trailed"),
                                             TokenPattern("car|cars|van|vehicle|lada|toyota|sedan ~8 has|have|had been following")],
             accept: { t, m in
                 // ("the car that followed the march", "the van followed the column of protesters": not someone watched.)
                 !t[(m.upperBound + 1)...].prefix(4).contains { ["march", "column", "convoy", "procession", "rally"].contains($0.lower) }
             }),
        Rule(type: .warning, patterns: [TokenPattern("issued|received|given|gave|imposed|handed ~4 warning|warnings"),
                                       // an official text's "announced an official warning on inadmissibility of violation of the law to …"
                                       TokenPattern("announced|declared ~2 official warning|warnings|caution"),
                                       // "issued Ms. Aizhan Kaliyeva an official warning"
                                       TokenPattern("issued|gave|handed ~7 a|an official|written|formal warning|caution"),
                                       // A live text's present: "Kim receives a warning under Article 488".
                                       TokenPattern("receives|gets a warning"), TokenPattern("in the form of a warning"), TokenPattern("was|were|been warned"), TokenPattern("let off with ~2 warning"), TokenPattern("got|get|gets off with ~2 warning"),
                                       TokenPattern("was|were|been ~8 and warned"),
                                       TokenPattern("warned ~3 editor|editors|journalist|journalists|activist|activists|blogger|organiser|organisers|organizer|organizers|owner|founder|him|her|them")]),
        Rule(type: .other, patterns: [
            TokenPattern("rejected|dismissed|denied|refused ~8 petition|petitions|appeal|appeals|complaint|complaints|request|requests|motion|motions|parole|cassation|lawsuit|claim|application"),
            // A timeline's present: "06.05.2025 – Regional Court rejects Tolegenova's appeal against her fine."
            TokenPattern("rejects|dismisses ~8 petition|appeal|appeals|complaint|cassation|lawsuit|claim"),
            // An audit sent to press a body: "began an unscheduled tax audit of the Foundation".
            TokenPattern("began|launched|started|opened|conducted|ordered ~2 unscheduled|tax|surprise audit|inspection"),
            // Cyber attacks and blocking: "hit by a DDoS attack", "access to the website was restricted".
            TokenPattern("ddos|cyber|hacker attack|attacks"), TokenPattern("cyberattack|cyberattacks"), TokenPattern("hacked"),
            // Money held: "issued a decree arresting the foundation's current account", "froze the accounts of the activist".
            TokenPattern("froze|frozen|freezing|arresting|blocked|seized ~6 account|accounts|assets|funds"),
            TokenPattern("arrest on|of ~3 account|accounts|assets|funds"),
            // "added him to the list of persons associated with the financing of terrorism" (not "a movement included in the list
            // of banned extremist organisations", which says what the movement is)
            TokenPattern("added|placed ~4 list ~12 terrorism|extremism|terrorist|extremist|terrorists|extremists"),
            // "had its website blocked for three weeks" (told from the noun: "had" starts too many sentences to be looked at)
            TokenPattern("website|site blocked"),
            // "its website became unavailable inside Kazakhstan"
            TokenPattern("website|site|channel ~4 became|was|is|went unavailable|inaccessible|offline"),
            TokenPattern("was|were|been restricted|limited|restored"),
            // "declared the work stoppage illegal"
            TokenPattern("declared|ruled ~4 strike|strikes|stoppage|protest|walkout illegal|unlawful"),
            // "declared the strike organised by the union Birlik Enbek illegal", "declared the strike at the base "illegal""
            TokenPattern("declared|ruled ~3 strike|strikes|stoppage|walkout ~8 illegal|unlawful"),
            // Workers dismissed: "were dismissed for absenteeism".
            TokenPattern("was|were|been dismissed|fired|sacked"),
            // A death in custody; a refusal to investigate; an appeal turned down; a verdict left in force; a site inaccessible.
            TokenPattern("died|dies ~5 custody|detention|prison|colony|facility|cell"),
            // A colony's own penalty: "placed in a punishment cell for 15 days", "sent to solitary confinement".
            TokenPattern("placed|put|sent|moved|transferred|thrown|locked ~4 punishment|disciplinary cell|cells|isolation|block"),
            TokenPattern("placed|put|sent|moved|transferred|thrown|locked ~4 solitary confinement"),
            TokenPattern("refused|refuses|declined to open|initiate|institute ~3 case|investigation|proceedings"),
            TokenPattern("turned down ~4 appeal|appeals|complaint|request|application|motion|petition"),
            TokenPattern("appeal|appeals|complaint|petition ~4 was|were turned down"),
            TokenPattern("left ~4 verdict|sentence|ruling|decision|judgment ~5 unchanged"),
            // a translation's "left the verdict without change" (оставила приговор без изменения), "left the ruling in force"
            TokenPattern("left ~4 verdict|sentence|ruling|decision|judgment without change|changes|amendment"),
            TokenPattern("left ~4 verdict|sentence|ruling|decision|judgment in force"),
            // "left unchanged the five-year prison sentence of …"
            TokenPattern("left unchanged ~5 verdict|sentence|ruling|decision|judgment"),
            TokenPattern("was|were inaccessible"),
            // An inspection of an organisation: "conducted an unscheduled inspection of the foundation".
            TokenPattern("conducted|carried|launched ~3 inspection|inspections|audit|audits"),
            TokenPattern("upheld"), TokenPattern("upholds ~4 verdict|sentence|ruling|decision|fine|conviction"), TokenPattern("began|begun|started hearing"),
            TokenPattern("appeal|appeals|complaint|petition|lawsuit ~6 was|were dismissed|rejected|denied"),
            // (A list's shorthand, no "was": "appeal against his conviction rejected by the city court in November".)
            TokenPattern("appeal|appeals|complaint|petition ~6 dismissed|rejected|denied by"),
            TokenPattern("blocked ~3 website|site|portal|channel|page|account|accounts"), TokenPattern("trial ~4 began|started|opened"), TokenPattern("main|first|opening hearing opened|began|started"),
            TokenPattern("filed ~3 lawsuit|suit|claim"), TokenPattern("requested ~3 court to"),
            TokenPattern("sentence ~2 changed|converted|replaced|commuted|reduced|increased"),
            TokenPattern("changed|replaced|commuted|reduced|increased the sentence"),
            // "replaced the remainder of her sentence with two years' imprisonment", "reduced her sentence on appeal"
            TokenPattern("changed|replaced|commuted|reduced|increased ~4 sentence"),
            // "replaced the unserved part of the restriction of freedom with …", "reduced the period of suspension"
            TokenPattern("replaced|changed|commuted ~4 unserved|remainder|restriction"), TokenPattern("reduced ~4 suspension|term|period"),
            TokenPattern("withdrew|revoked|cancelled|canceled ~3 accreditation"), TokenPattern("sued"), TokenPattern("converted to a fine"),
            TokenPattern("moral compensation|damages"), TokenPattern("blocking of"), TokenPattern("was|were|been blocked"),
            TokenPattern("unblocked"), TokenPattern("became inaccessible"),
            // "the initiative's Telegram channel has been inaccessible in Kazakhstan"
            TokenPattern("channel|site|website|page|account ~3 been|was|were|is inaccessible|unavailable"), TokenPattern("blocked|restricted access"), TokenPattern("problems with access"),
            TokenPattern("forced to leave"), TokenPattern("force ~3 to confess"), TokenPattern("made to undergo"),
            TokenPattern("placed|confined|committed|sent ~3 psychiatric"),
            TokenPattern("prohibited|barred ~2 from ~5 recording|recordings|filming|photographing|carrying"), TokenPattern("refused to publish|print"),
            // "ordered journalists … to stop filming and to leave the premises"
            TokenPattern("ordered|told|forced ~8 to stop filming|recording|photographing"),
            TokenPattern("lost the right"), TokenPattern("closed down"), TokenPattern("deported|expelled"),
            // "signed an order expelling three students"
            TokenPattern("order|orders|decision ~2 expelling"),
            TokenPattern("dismissed|fired|sacked from ~3 job|work|post|position|school|university|office|newspaper|channel"),
            TokenPattern("summoned ~5 questioning|interrogation|police|prosecutor|prosecutor’s"), TokenPattern("received|served|handed ~2 summons|summonses"), TokenPattern("wanted list"),
            TokenPattern("questioned|interrogated as a|an witness|suspect"), TokenPattern("questioned|interrogated"),
            TokenPattern("transferred to a|an|the ~2 prison|colony|hospital|penal"),
            TokenPattern("removed|expelled ~4 from the courtroom|hearing"),
            TokenPattern("suspended|revoked|withdrew|withdrawn|terminated ~7 membership|licence|license|accreditation"),
            TokenPattern("membership|licence|license|accreditation ~2 suspended|revoked|withdrawn|terminated"),
            // "the licence of M. Tulegenov was terminated by the court"
            TokenPattern("licence|license|accreditation of ~5 was|were suspended|revoked|withdrawn|terminated"),
            TokenPattern("prevented|barred|stopped ~12 from entering|attending|covering|filming"), TokenPattern("added|entered ~8 register|registry"),
            TokenPattern("overturned|quashed|cancelled|canceled|annulled ~2 acquittal"),
            // A reporter's equipment taken: "police took her phone", "seized their cameras".
            TokenPattern("took|seized|confiscated ~2 phone|phones|camera|cameras|equipment|laptop|laptops|computer|computers|smartphone|smartphones"), TokenPattern("sent|ordered ~4 new trial|retrial"),
            // A penalty changed on appeal: "reduced the fine to 10 MCI", "cut Asel's arrest from ten days to seven".
            TokenPattern("reduced|cut|lowered|halved ~4 fine|fines|arrest|arrests"),
            // A trial told with its court between: "Her trial at Uralsk City Court No. 2 opened on 9 July".
            TokenPattern("trial at ~8 opened|began|started"), TokenPattern("trial of ~5 at ~8 opened|began|started"),
            // A court closed to the press: "refused to let two monitors into the hearing", "banned any audio recording".
            TokenPattern("refused|declined to let|allow ~12 into the|a courtroom|hearing|session|trial|courtroom"),
            TokenPattern("banned|forbade|forbidden ~6 filming|recording|photographing|audio|video"),
        ], accept: { t, m in
            let first = t[m.lowerBound].lower
            if first == "closed" { return !before(t, m, 2).contains("to") }
            // "The seized laptops had not been returned": a word describing what was taken before, not the taking.
            if seizures.contains(t[m.lowerBound]), let word = before(t, m, 1).last, beforeAThing.contains(word) { return false }
            // "activist X, who died in police custody in 2020", "a prisoner who had died in custody": a person described, in a
            // clause about someone else.
            if ["died", "dies"].contains(first) {
                // "over a video in which he reported that a striker had died in custody": what a publication said.
                let told = before(t, m, 8)
                if let that = told.lastIndex(of: "that"), that > told.startIndex,
                   ["reported", "claimed", "alleged", "said", "wrote", "stated"].contains(told[that - 1]),
                   t[max(t.startIndex, m.lowerBound - 14)..<m.lowerBound].contains(where: { ParagraphReader.publicationWords.contains($0) && $0.lower != "reported" }) {
                    return false
                }
                let two = before(t, m, 2)
                return !(two.last == "who" || (two.first == "who" && ["had", "has", "have"].contains(two.last ?? "")))
            }
            // "were dismissed" is of workers; an appeal or charges dismissed are told by other rules.
            if ["was", "were", "been"].contains(first), ["dismissed", "fired", "sacked"].contains(t[m.upperBound].lower) {
                if before(t, m, 8).contains(where: { ["appeal", "appeals", "complaint", "complaints", "case", "charges", "claim", "lawsuit",
                                                      "petition", "motion", "proceedings", "request", "application"].contains($0) }) { return false }
                // "Her appeal, which asked for …, was dismissed": an appeal told with a clause between it and its fate, the
                // prosecutor's not an act against anyone.
                guard let appeal = (max(t.startIndex, m.lowerBound - 20)..<m.lowerBound).last(where: { ["appeal", "appeals"].contains(t[$0].lower) })
                else { return true }
                return !t[max(t.startIndex, appeal - 3)..<appeal].contains(where: { prosecution.contains($0) })
            }
            // "access to the website … was restricted": access, not a person.
            if ["restricted", "limited", "restored"].contains(t[m.upperBound].lower) { return before(t, m, 12).contains("access") }
            // An application to hold a gathering refused is a notification refused.
            if t[m.upperBound].lower == "application" { return !t.contains { gatherings.contains($0) && !($0.isCapitalized && $0.lower == "march") } }
            if first == "upheld" { return !before(t, m, 3).contains("be") }
            // "The prosecutor's appeal … was dismissed", "dismissed the prosecution's appeal": an appeal against the person
            // turned down is no act against them.
            if ["appeal", "appeals", "rejected", "dismissed", "denied", "refused", "turned"].contains(first),
               let appeal = (m.lowerBound...m.upperBound).first(where: { ["appeal", "appeals"].contains(t[$0].lower) }),
               t[max(t.startIndex, appeal - 3)..<appeal].contains(where: { prosecution.contains($0) }) { return false }
            // "police in Taldykorgan questioned journalist …": questioned by those who may detain, someone named after it.
            if ["questioned", "interrogated"].contains(first), m.count == 1 {
                let next = m.upperBound + 1
                return before(t, m, 5).contains(where: { ["police", "investigators", "officers", "agents", "prosecutors"].contains($0) })
                    && t[min(next, t.endIndex)..<min(t.endIndex, next + 3)].contains { $0.isCapitalized || Lexicon.roles[$0.lower] != nil }
            }
            return true
        }),
    ]

    /// Words that make a statement hypothetical or habitual: what the law allows, what usually happens, what
    /// people fear will happen.
    private static let hypothetical = WordSet(["may", "can", "shall", "must", "could", "would", "might", "cannot", "if", "whether",
                                               "will", "fear", "fears", "feared", "expected", "due"])
    /// What an application can ask to hold.
    private static let gatherings = WordSet(["rally", "rallies", "picket", "pickets", "march", "marches", "meeting", "meetings",
                                             "demonstration", "demonstrations", "assembly", "assemblies", "gathering"])
    /// Pronouns for people, as subjects or objects.
    private static let personPronouns = WordSet(["he", "she", "they", "him", "her", "them"])
    /// Things that are released (published) rather than freed.
    /// Whether a trigger stands in quotes after "the word" or "the term": "the word "acquitted"", "слово «оправдан»".
    static func quotesTheWord(_ trigger: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        let open = trigger.lowerBound - 1
        guard open - 1 >= t.startIndex, t[open].kind == .punctuation, quoteMarks.contains(t[open].text) else { return false }
        return wordWords.contains(t[open - 1])
    }
    private static let quoteMarks: Set<String> = ["\"", "“", "«", "'", "‘"]
    private static let wordWords = WordSet(["word", "words", "term", "слово", "слова", "словом", "термин"])

    /// Whether an act is a list entry's, told without a verb after whom it befell: "• Asel Mukhitova: ten days of
    /// administrative arrest", "Timur Ospanov, journalist: a fine of 20 MCI".
    static func isAVerblessEntry(_ t: ArraySlice<Token>, _ m: ClosedRange<Int>) -> Bool {
        if isAHearingsOutcome(t, m) { return true }
        guard let first = t.firstIndex(where: { $0.kind != .punctuation }), t[first].isCapitalized,
              let colon = t[first..<m.lowerBound].firstIndex(where: { $0.isMark(":") }),
              colon - first <= 8, colon > first + 0, m.lowerBound - colon <= 4 else { return false }
        return t[first..<colon].filter(\.isWord).count >= 2 && t[(first + 1)..<colon].contains { $0.isCapitalized }
    }
    /// Whether an act is the outcome of a hearing told before a colon: "The court heard his case on 27 March: a fine of 50
    /// MCI", "суд рассмотрел дело 27 марта: штраф 50 МРП".
    static func isAHearingsOutcome(_ t: ArraySlice<Token>, _ m: ClosedRange<Int>) -> Bool {
        guard let colon = t[t.startIndex..<m.lowerBound].lastIndex(where: { $0.isMark(":") }), m.lowerBound - colon <= 3 else { return false }
        let told = t[t.startIndex..<colon]
        return told.contains { courtWords.contains($0) } && told.contains { hearingVerbs.contains($0) }
    }
    private static let courtWords = WordSet(["court", "judge", "суд", "судья"])
    /// What someone files with the police or a prosecutor, which they may refuse to register.
    private static let complaintNouns: Set<String> = ["complaint", "complaints", "report", "statement", "allegation", "allegations"]
    private static let hearingVerbs = WordSet(["heard", "considered", "examined", "reviewed", "decided", "рассмотрел", "рассмотрела",
                                               "рассмотрели", "разобрал", "решил", "решила"])
    /// Words before a term that make it one a law sets or someone risks, not one a court gave.
    private static let termsNotGiven: Set<String> = ["up", "punishable", "punished", "carries", "provides", "face", "faces", "facing",
                                                      "risk", "risks", "could", "may", "can", "might", "maximum"]
    private static let publications = WordSet(["report", "reports", "statement", "statements", "document", "video", "footage", "film",
                                               "book", "data", "list", "findings", "results", "version", "album", "figures",
                                               "recording", "publication", "draft", "text", "plan", "resolution", "information"])
    /// First words of a sentence that is a condition throughout ("If a court finds …, it shall …"). Inside a
    /// sentence "should" is often a court's order ("ruled that he should be kept under supervision"): an act.
    /// ("Had the investigator charged him under part 4, he would now face …": an inverted condition, what did not happen.)
    private static let conditionalOpeners = WordSet(["if", "unless", "whenever", "should", "had"])
    /// Verbs a recommendation opens with: "Immediately release …", "Repeal Article 405 …", "Ensure that …".
    private static let imperatives = WordSet(["calls", "urges", "demands", "condemns", "welcomes", "reiterates", "deplores", "instructs",
                                              "immediately", "release", "ensure", "repeal", "amend", "guarantee", "drop", "investigate",
                                              "decriminalize", "decriminalise", "abolish", "refrain", "cease", "quash", "review", "halt",
                                              "respect", "protect", "register", "lift", "stop", "bring", "revise", "establish", "allow"])
    private static let groupNouns = WordSet(["activists", "journalists", "protesters", "demonstrators", "bloggers", "participants", "members", "supporters",
                                             "workers", "strikers", "women", "residents", "pensioners", "believers"])
    private static let determiners = WordSet(["the", "several", "many", "some", "all", "other", "these", "those", "of", "two", "three", "four", "five", "dozens"])
    private static let caseWord = WordSet(["case"])
    /// Words that deny the act just after them: "had never been blocked", "was not detained", "none of them was fined".
    /// What a person holds that a body can suspend: not the body's own suspension.
    private static let personalStanding: Set<String> = ["membership", "licence", "license", "accreditation"]
    private static let negations = WordSet(["not", "never", "nobody", "none", "neither", "nor"])
    private static let noWord = WordSet(["no"])
    private static let claimNouns = WordSet(["reports", "report", "claims", "claim", "allegations", "allegation", "rumours", "rumors", "posts"])
    private static let denials = WordSet(["denied", "denies", "deny", "rejected", "disputed"])
    private static let refusals = WordSet(["refused", "refuses", "declined", "declines", "failed", "fails"])
    /// Whether the words just before an act deny it: a negation, or "no one was detained".
    private static func isDenied(_ match: ClosedRange<Int>, in t: ArraySlice<Token>, byItsOwnWords inner: Bool) -> Bool {
        // "The police chief denied that protesters had been beaten": what someone denies is not told as done.
        if (max(t.startIndex, match.lowerBound - 8)..<match.lowerBound).contains(where: { k in
            denials.contains(t[k]) && k + 1 < match.lowerBound && t[k + 1].lower == "that" }) { return true }
        // "Reports on social media that she was beaten during questioning were denied by the police": a claim the sentence
        // reports as denied.
        if let that = (max(t.startIndex, match.lowerBound - 6)..<match.lowerBound).last(where: { t[$0].lower == "that" }),
           (max(t.startIndex, that - 5)..<that).contains(where: { claimNouns.contains(t[$0]) }),
           case let after = t[(match.upperBound + 1)..<min(t.endIndex, match.upperBound + 12)],
           after.contains(where: { denials.contains($0) || $0.lower == "refuted" || $0.lower == "unconfirmed" })
               // ("Reports … that he had been detained near the akimat have not been confirmed.")
               || after.indices.contains(where: { after[$0].lower == "confirmed" && after[max(after.startIndex, $0 - 2)..<$0].contains { negations.contains($0) } }) {
            return true
        }
        // "no DDoS attacks had been recorded"
        if match.lowerBound > t.startIndex, noWord.contains(t[match.lowerBound - 1]) { return true }
        // "The court imposed no fine": "no" just before the act's last word (not "the akimat said no to …").
        if match.count > 2, noWord.contains(t[match.upperBound - 1]), t[match.upperBound].lower != "to" { return true }
        if deniesTheSubject(match, in: t) { return true }
        // "An earlier version of this article said that the court ordered …": a correction tells what was wrongly reported.
        if (t.startIndex..<match.lowerBound).contains(where: { k in
            correctedVersions.contains(t[k]) && k + 1 < match.lowerBound && t[k + 1].lower == "version" }) { return true }
        // "refused to open a criminal investigation", "declined to release him": the act asked for and not done.
        if match.lowerBound - 2 >= t.startIndex, t[match.lowerBound - 1].lower == "to", refusals.contains(t[match.lowerBound - 2]) { return true }
        // "The trial has not yet started": a negation inside the act's own words, just before its last (when the phrase
        // looked for holds no negation of its own, as "undertaking not to leave" does).
        if inner, match.count > 2, (max(match.lowerBound + 1, match.upperBound - 3)..<match.upperBound).contains(where: { isNegation(at: $0, in: t) }) {
            return true
        }
        return (max(t.startIndex, match.lowerBound - 4)..<match.lowerBound).contains { k in
            // ("none of them was fined": a pronoun's negation reaches one word further.)
            (isNegation(at: k, in: t) && (match.lowerBound - k <= 3 || t[k].lower == "none"))
                || (noWord.contains(t[k]) && k + 1 < match.lowerBound && t[k + 1].lower == "one")
        }
    }
    /// Whether a token denies: "not", "never", or the "t" of a contraction ("wasn't", "didn’t"), whose apostrophe the
    /// tokenizer keeps apart.
    private static func isNegation(at k: Int, in t: ArraySlice<Token>) -> Bool {
        if negations.contains(t[k]) { return true }
        guard t[k].lower == "t", k - 2 >= t.startIndex, t[k - 1].isMark("'") || t[k - 1].isMark("’") else { return false }
        return t[k - 2].lower.hasSuffix("n") && t[k - 2].end == t[k - 1].start
    }
    /// Whether the act's subject is denied at the start of its clause: "stated that no citizen was detained", "not a single
    /// journalist in Kazakhstan was detained or prosecuted". ("Activists who had no permit were detained": not the subject.)
    private static func deniesTheSubject(_ match: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        let reach = max(t.startIndex, match.lowerBound - deniedSubjectReach)
        guard let k = (reach..<match.lowerBound).last(where: { k in
            noWord.contains(t[k]) || (t[k].lower == "not" && k + 2 < match.lowerBound && t[k + 1].lower == "a" && t[k + 2].lower == "single")
                // ("told us that "nobody in Kazakhstan is detained for their opinions"")
                || t[k].lower == "nobody"
        }) else { return false }
        let opensAClause = k == t.startIndex || t[k - 1].kind == .punctuation || clauseOpeners.contains(t[k - 1])
        // (The auxiliary may open the act's own pattern: "No website [was blocked]".)
        return opensAClause && !t[k..<match.lowerBound].contains { $0.kind == .punctuation }
            && t[k...match.lowerBound].contains { passiveAuxiliaries.contains($0) }
    }
    /// ("No trader who took part in the gathering has been charged": a relative clause may stand between.)
    private static let deniedSubjectReach = 12
    private static let correctedVersions = WordSet(["earlier", "previous", "original"])
    private static let clauseOpeners = WordSet(["that", "and", "but", "while", "whereas"])
    private static let passiveAuxiliaries = WordSet(["was", "were", "been", "is", "are"])
    /// Words after "in case" that make it a condition ("in case they are expelled"), not a file ("in case no. 12").
    private static let conditionContinues = WordSet(["of", "they", "he", "she", "it", "the", "a", "an", "their", "his", "her", "we", "you", "there"])
    /// Words of statute or recommendation language anywhere in a sentence: it says what ought to happen.
    private static let normative = WordSet(["shall", "recommend", "recommends", "recommendation", "recommendations", "urge", "urges"])
    /// Nouns that a "detention" phrase names a place or a state of: "pre-trial detention facilities".
    /// Verbs that put someone in a detention centre.
    private static let custodyVerbs = WordSet(["held", "kept", "placed", "put", "remanded", "sent", "transferred", "taken"])
    private static let detentionPlaces = WordSet(["facility", "facilities", "centre", "centres", "center", "centers", "isolator", "isolators", "conditions", "cell", "cells"])
    /// Classes of people a participle describes ("convicted persons", "detained individuals"): no act on anyone.
    private static let classNouns = WordSet(Lexicon.peopleAsAClass)
    private static let habitual = WordSet(["typically", "usually", "often", "generally", "occasionally", "frequently", "regularly", "routinely"])

    /// Where each rule's patterns can start: a word's hash to (rule, pattern) pairs, and the prefix patterns.
    /// The first words themselves, so that most tokens are ruled out without hashing their key again.
    private static let index: (byKey: [Int: [(Int, Int)]], byPrefix: [(String, Unicode.Scalar, Int, Int)], firstWords: WordSet) = {
        var byKey: [Int: [(Int, Int)]] = [:], byPrefix: [(String, Unicode.Scalar, Int, Int)] = [], firstWords: [String] = []
        for (r, rule) in rules.enumerated() {
            for (p, pattern) in rule.patterns.enumerated() {
                for key in pattern.firstKeys { byKey[key, default: []].append((r, p)) }
                for prefix in pattern.firstPrefixes { byPrefix.append((prefix, prefix.unicodeScalars.first!, r, p)) }
                firstWords += pattern.firstWords
            }
        }
        return (byKey, byPrefix, WordSet(firstWords))
    }()

    /// Whether the whole sentence is a condition, a rule of law or a recommendation rather than a report of acts.
    static func isNormative(_ tokens: ArraySlice<Token>) -> Bool {
        if let first = tokens.first(where: { $0.kind == .word }), conditionalOpeners.contains(first) || (first.isCapitalized && imperatives.contains(first)) {
            return true
        }
        // "We call on the authorities to … lift the travel ban": what the writers ask for.
        if let we = tokens.firstIndex(where: \.isWord), tokens[we].lower == "we", we + 1 < tokens.endIndex,
           writersAsking.contains(tokens[we + 1].lower) { return true }
        // "Under the draft, groups failing to register could be suspended and their leaders fined": what a bill would do.
        if let first = tokens.first(where: \.isWord), underWord.contains(first),
           case let opening = tokens.lazy.filter(\.isWord).prefix(3).map(\.lower), opening.count == 3,
           bills.contains(opening[opening.startIndex + 2]) || bills.contains(opening[opening.startIndex + 1]),
           tokens.contains(where: { hypothetical.contains($0) }) { return true }
        return tokens.indices.contains { k in
            guard tokens[k].kind == .word else { return false }
            if normative.contains(tokens[k]) { return true }
            return caseWord.contains(tokens[k]) && k > tokens.startIndex && k + 1 < tokens.endIndex
                && tokens[k - 1].text == "in" && conditionContinues.contains(tokens[k + 1])
        }
    }

    private static let underWord = WordSet(["under"])
    /// What writers opening "We …" do when they ask for something: "We call on", "We urge", "We demand".
    private static let writersAsking: Set<String> = ["call", "urge", "demand", "ask", "appeal", "request", "reiterate", "renew"]
    private static let termsOfASentence = TokenPattern("terms|conditions|part of his|her|their|the sentence|sentences")
    private static let prosecution = WordSet(["prosecutor", "prosecutors", "prosecution"])
    private static let bills: Set<String> = ["draft", "bill", "proposed", "amendments", "amendment", "proposal", "drafts", "bills"]

    /// "convicted persons", "detained individuals", "pre-trial detention facilities": the words describe people or
    /// a place by an act, and tell of no act themselves.
    /// (A court's administrative detention is served in a "detention centre", and still stated by the phrase.)
    private static func describesAClassOrPlace(_ tokens: ArraySlice<Token>, _ match: ClosedRange<Int>, _ type: EventType) -> Bool {
        let next = match.upperBound + 1
        guard next < tokens.endIndex else { return false }
        if type == .pretrialDetention, detentionPlaces.contains(tokens[next]) {
            // "held in the city's pre-trial detention centre since …" is the act; "conditions in pre-trial detention
            // centres" a place.
            // ("families of people held in the pre-trial detention centre": a class of people, no act.)
            let window = max(tokens.startIndex, match.lowerBound - 6)..<match.lowerBound
            guard let verb = window.first(where: { custodyVerbs.contains(tokens[$0]) }) else { return true }
            return verb > tokens.startIndex && (classNouns.contains(tokens[verb - 1]) || tokens[verb - 1].lower == "those")
        }
        guard match.lowerBound == match.upperBound, ["convicted", "detained", "arrested", "sentenced", "released"].contains(tokens[match.lowerBound].lower)
        else { return false }
        if classNouns.contains(tokens[next]) { return true }
        // "relatives of people detained in January": the participle after its noun describes them (not "those detained",
        // which tells who the act befell, nor "312 people were detained").
        // ("five activists detained in Almaty", a log's entry without its verb, is the act.)
        if match.lowerBound - 1 > tokens.startIndex, groupNouns.contains(tokens[match.lowerBound - 1]) || ["people", "persons"].contains(tokens[match.lowerBound - 1].lower) {
            let beforeNoun = tokens[match.lowerBound - 2]
            if !beforeNoun.isNumber && SanctionRecognizer.numberWords[beforeNoun.lower] == nil { return true }
        }
        // "represents several detained activists": after a determiner the participle describes the group.
        let previous = match.lowerBound > tokens.startIndex ? tokens[match.lowerBound - 1] : nil
        return groupNouns.contains(tokens[next]) && previous.map { determiners.contains($0) || $0.isNumber } == true
    }

    /// Whether an act is told in a relative clause in the present perfect, as the background of another: ", which has
    /// refused to register the initiative six times", ", who has been detained repeatedly".
    private static func tellsABackground(_ match: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        let from = max(t.startIndex, match.lowerBound - 4)
        return (from..<match.lowerBound).contains { k in
            k + 1 < match.lowerBound && relatives.contains(t[k]) && perfect.contains(t[k + 1])
        }
    }
    /// What a refused request is called, when it asks for an act: "motion to release", "request to transfer".
    private static let requestsRefused = WordSet(["motion", "request", "petition"])
    /// Whether an act is told as what keeps happening: "participants continue to be detained and fined".
    private static func isOngoing(_ match: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        let from = max(t.startIndex, match.lowerBound - 6)
        return (from..<match.lowerBound).contains { k in
            ["continue", "continues"].contains(t[k].lower) && k + 2 < t.endIndex && t[k + 1].lower == "to" && t[k + 2].lower == "be"
        }
    }
    private static let relatives = WordSet(["which", "who", "that"])
    /// Whether an act is only what someone sought or meant to do: "had initially sought to open a criminal case", "tried to
    /// disperse".
    private static func isOnlyAttempted(_ match: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        // "sought to detain her"; "may seek to place him under house arrest" (the act's words a few words after the "to").
        guard match.lowerBound > t.startIndex + 1,
              let to = (max(t.startIndex + 1, match.lowerBound - 7)..<match.lowerBound).last(where: { t[$0].lower == "to" }),
              t[(to + 1)..<match.lowerBound].allSatisfy({ $0.isWord }) else { return false }
        // ("asked a court to place him in pre-trial detention", "asked for her to be held in custody": whom the request went
        // to, or whom it was about, between.)
        // ("repeats her motion to move him to house arrest": a motion's noun, unless it was granted — "granted the
        // prosecutor's request to keep him in custody" was done.)
        let window = t[max(t.startIndex + 1, match.lowerBound - 7)..<match.lowerBound]
        // (What the motion asks for is the act itself, a few words on: not "his request to take measures in relation to the
        // blocking of the sites", a request about an act done.)
        if let motion = window.indices.first(where: { t[$0].lower == "to" && requestNouns.contains(t[$0 - 1]) }),
           match.lowerBound - motion <= requestReach, t[(motion + 1)..<match.lowerBound].allSatisfy({ $0.isWord }) {
            return !t[max(t.startIndex, motion - 8)..<(motion - 1)].contains { grantingWords.contains($0) }
        }
        return attempts.contains(t[to - 1])
            || (to - 3 >= t.startIndex && ["a", "the", "for"].contains(t[to - 2].lower) && attempts.contains(t[to - 3]))
    }
    private static let requestReach = 5
    private static let requestNouns = WordSet(["motion", "motions", "request", "requests", "petition", "petitions", "application", "bid", "plea"])
    private static let grantingWords = WordSet(["granted", "grants", "granting", "approved", "approves", "upheld", "satisfied", "accepted", "allowed"])
    private static let attempts = WordSet(["sought", "tried", "attempted", "wanted", "intended", "planned", "threatened", "seeking", "trying",
                                           "attempting", "planning", "threatening", "seek", "try", "attempt", "want", "plan", "intend",
                                           "threaten", "seeks", "tries", "attempts", "wants", "plans", "intends", "threatens",
                                           // (a motion: "the defence moved to transfer him to house arrest", "asked to release her")
                                           "moved", "asked", "requested", "petitioned", "applied", "ask", "asks", "asking"])
    /// Whether a trigger stands in brackets opened right after a code or an article: "… Criminal Code (participation in …)".
    private static func namesTheOffence(_ trigger: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        var k = trigger.lowerBound - 1
        while k > t.startIndex, !t[k].isMark("("), !t[k].isMark(")"), trigger.lowerBound - k < 16 { k -= 1 }
        guard k > t.startIndex, t[k].isMark("(") else { return false }
        let before = t[k - 1]
        if before.isNumber { return k - 2 >= t.startIndex && ["article", "articles", "part", "paragraph"].contains(t[k - 2].lower) }
        return ["code", "coao"].contains(before.lower)
    }
    /// Words written with a capital that are no names: "mobile Internet slowed", "a DDoS attack".
    private static let commonCapitals = WordSet(["internet", "ddos"])
    /// A reporter's equipment, broken in an attack.
    private static let equipment = WordSet(["camera", "cameras", "lens", "phone", "equipment"])
    /// Verbs that tell equipment taken.
    static let seizures = WordSet(["took", "seized", "confiscated"])
    /// Prepositions after which an act's participle describes the people it befell: "about detained activists".
    private static let describedAfter: Set<String> = ["about", "of", "for", "with", "on", "to", "among",
                                                       // ("in support of her detained clients": whose they are.)
                                                       "her", "his", "their", "our", "its", "my"]
    private static let beforeAThing: Set<String> = ["the", "a", "an", "all", "his", "her", "their", "its", "our", "my"]
    private static let perfect = WordSet(["has", "have"])

    /// Whether a sentence lists what an issue of a bulletin holds: "In this issue: an arrest for a picket in Almaty, a search
    /// in Aktobe …", "В этом выпуске: …". Its acts are told below, each in its own item.
    static func announcesContents(_ t: ArraySlice<Token>) -> Bool {
        // "This article was updated on 12 March 2026 … to include new details on the criminal case": an editor's note.
        if let first = t.first(where: \.isWord), ["this", "the"].contains(first.lower), t.prefix(updateNoteReach).contains(where: { $0.lower == "updated" }),
           t.contains(where: { ["include", "add", "reflect", "correct"].contains($0.lower) }), t.contains(where: { ["article", "story", "report", "post", "page"].contains($0.lower) }) {
            return true
        }
        // (Most sentences open otherwise: one look at the first word first.)
        guard let first = t.first(where: \.isWord), contentsOpeners.contains(first) else { return false }
        let words = t.lazy.filter(\.isWord).prefix(3).map(\.lower)
        guard words.count == 3 else { return false }
        let (a, b, c) = (words[words.startIndex], words[words.startIndex + 1], words[words.startIndex + 2])
        return (a == "in" && b == "this" && issueWords.contains(c)) || (a == "в" && ["этом", "данном"].contains(b) && issueWords.contains(c))
    }
    private static let contentsOpeners = WordSet(["in", "в"])
    /// How far into an editor's note "updated" stands ("This article was updated on …").
    private static let updateNoteReach = 6
    private static let issueWords: Set<String> = ["issue", "edition", "bulletin", "digest", "newsletter", "выпуске", "номере", "бюллетене", "обзоре", "дайджесте"]

    private static let courtroomWords = WordSet(["court", "courtroom", "hearing", "hearings", "bailiffs", "bailiff", "trial", "courthouse"])

    /// Whether a trigger is a label over a bare count: "Detained: 73", "Arrested: 12 (police figure)", "Convicted: 1
    /// Injured: 4" (not "Detained: 12 March", a day, nor "Detained: 2 activists", who).
    static func isATally(_ trigger: ClosedRange<Int>, in t: ArraySlice<Token>) -> Bool {
        let count = trigger.upperBound + 2
        guard trigger.lowerBound == trigger.upperBound, count < t.endIndex, t[trigger.upperBound + 1].isMark(":"), t[count].isNumber
        else { return false }
        let next = count + 1
        if next == t.endIndex || t[next].isMark("(") || t[next].isMark("[") || t[next].isMark(";") { return true }
        // The next label of the box: "Convicted: 1 Injured: 4".
        return next + 1 < t.endIndex && t[next].isCapitalized && t[next + 1].isMark(":")
    }

    static func events(in tokens: ArraySlice<Token>) -> [EventMention] {
        if isNormative(tokens) || announcesContents(tokens) { return [] }
        // "Please provide statistics on notifications … rejected": a question put to a state, no act.
        if let first = tokens.first(where: { $0.kind == .word }), first.lower == "please" { return [] }
        // A resolution's citation, "(3) having regard to the statement … on the sentencing of …": a document named, no act.
        if let first = tokens.firstIndex(where: { $0.kind == .word }), first + 2 < tokens.endIndex, tokens[first].lower == "having",
           tokens[first + 1].lower == "regard", tokens[first + 2].lower == "to" { return [] }
        // Candidate starts, in the order the rules are written: (rule, pattern, token).
        var candidates: [(Int, Int, Int)] = []
        let index = EventRecognizer.index
        for k in tokens.indices where tokens[k].kind == .word {
            if index.firstWords.contains(tokens[k]), let starts = index.byKey[tokens[k].key] { for (r, p) in starts { candidates.append((r, p, k)) } }
            for (prefix, first, r, p) in index.byPrefix where tokens[k].first == first && tokens[k].lower.hasPrefix(prefix) { candidates.append((r, p, k)) }
        }
        if candidates.isEmpty { return [] }
        // A trigger written with a capital inside a sentence belongs to a title or a name: the book "Detained in Astana".
        let firstWord = tokens.firstIndex { $0.kind == .word } ?? tokens.startIndex
        candidates.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        var found: [EventMention] = []
        for (r, p, k) in candidates {
            let rule = rules[r]
            if let match = rule.patterns[p].match(in: tokens, at: k), rule.accept(tokens, match), !describesAClassOrPlace(tokens, match, rule.type)
                    && !(tokens[match.lowerBound].isCapitalized && match.lowerBound > firstWord && !commonCapitals.contains(tokens[match.lowerBound]))
                    && !tokens[max(tokens.startIndex, match.lowerBound - 5)..<match.lowerBound].contains(where: { $0.text == $0.lower && hypothetical.contains($0) })
                    && !isDenied(match, in: tokens, byItsOwnWords: !rule.patterns[p].isNegative) && !isOnlyAttempted(match, in: tokens)
                    && !tellsABackground(match, in: tokens) && !isOngoing(match, in: tokens)
                    && !tokens[max(tokens.startIndex, match.lowerBound - 8)..<min(tokens.endIndex, match.upperBound + 7)].contains(where: { habitual.contains($0) }) {
                if !found.contains(where: { $0.type == rule.type }) {
                    found.append(EventMention(type: rule.type, trigger: match))
                }
            }
        }
        // "under Article 405 of the Criminal Code (participation in the activities of an organisation banned as extremist)":
        // the offence's name in brackets after its article states no act.
        found.removeAll { namesTheOffence($0.trigger, in: tokens) }
        // "a courtroom where the word "acquitted" was said out loud": a word quoted, not an act.
        found.removeAll { quotesTheWord($0.trigger, in: tokens) }
        // An infobox's tally, "Detained: 73 (ministry figure)", "Convicted: 1": a count under a label, no act.
        found.removeAll { isATally($0.trigger, in: tokens) }
        // "was again refused entry" by a court's bailiffs: barred from a hearing, not from a country.
        if let i = found.firstIndex(where: { $0.type == .travelRestriction && tokens[$0.trigger].contains { $0.lower == "entry" } }),
           tokens.contains(where: { courtroomWords.contains($0) }) {
            found[i].type = .other
        }
        // "Under the terms of his sentence he is barred from leaving the city": a term of a sentence told before, no act of its own.
        if found.contains(where: { $0.type == .travelRestriction }), !found.contains(where: { $0.type == .conviction }),
           termsOfASentence.firstMatch(in: tokens) != nil {
            found.removeAll { $0.type == .travelRestriction }
        }
        let types = Set(found.map(\.type))
        let all = found
        // A court's administrative detention or travel ban is no criminal sentence (below), so "fined A … and sentenced B to
        // ten days of administrative arrest" keeps its fine.
        // "Two days after the bloggers were sentenced, the same court fined …": a sentence in a clause of time only dates the
        // other act.
        let timedBy = all.first { $0.type == .conviction && all.count > 1 && ParagraphReader.inAClauseOfTime($0.trigger, in: tokens) }
        let convicts = types.contains(.conviction) && !types.contains(.administrativeArrest) && !types.contains(.travelRestriction) && timedBy == nil
        found.removeAll { event in
            if let timedBy, event == timedBy { return true }
            switch event.type {
            case .conviction:
                // Administrative detention by a court is an arrest, not a criminal conviction;
                // a changed sentence is a later decision, not the first one.
                return types.contains(.administrativeArrest) || types.contains(.travelRestriction)
                    || ((types.contains(.fine) || types.contains(.warning)) && tokens[event.trigger.lowerBound].lower != "sentenced")
            case .fine:
                return types.contains(.organizationSuspended) || convicts && tokens.contains { $0.lower == "sentenced" }
            case .detention:
                // "sanctioned the arrest of …": the noun belongs to the other act's words.
                if all.contains(where: { $0.type != .detention && $0.trigger.overlaps(event.trigger) }) { return true }
                // "sentenced 11 people detained on the square to …": the participle tells who the other act befell.
                if all.count > 1, event.trigger.count == 1, event.trigger.lowerBound > tokens.startIndex,
                   groupNouns.contains(tokens[event.trigger.lowerBound - 1]) || tokens[event.trigger.lowerBound - 1].lower == "people" { return true }
                let dispersal = all.first { $0.type == .assemblyDispersed }
                return dispersal.map { tokens[$0.trigger.lowerBound].lower.hasPrefix("kettl") } ?? false
            case .propertyAttack:
                // "attacked the cameraman, breaking his camera": the equipment broken is the attack's.
                // ("grabbed his phone and smashed it on the asphalt")
                return types.contains(.physicalAttack)
                    && tokens[max(tokens.startIndex, event.trigger.lowerBound - 5)..<min(tokens.endIndex, event.trigger.upperBound + 5)].contains { equipment.contains($0) }
            case .charged:
                // ("charged him in absentia and placed him on the wanted list": the listing follows from the charge.)
                return all.contains { $0.type != .charged && tokens[$0.trigger.lowerBound].lower != "wanted" }
            case .houseArrest:
                return types.contains(.pretrialDetention) && tokens.contains { $0.lower == "changed" }
            case .pretrialDetention:
                // "changed her pre-trial detention to a ban on leaving the city": the detention is what was changed.
                return types.contains(.travelRestriction) && tokens.contains { $0.lower == "changed" || $0.lower == "replaced" }
            case .other:
                // A sentence changed to a fine, or a rejected appeal, is the act; other findings in it are context. A
                // request refused that another rule tells more exactly (to hold a march) is that act; so is a summons to
                // be warned ("were summoned to the police and warned").
                return all.contains { $0.type != .other && $0.trigger.lowerBound == event.trigger.lowerBound }
                    || (tokens[event.trigger.lowerBound].lower == "summoned" && types.contains(.warning))
                    || (tokens[event.trigger.lowerBound].lower == "wanted" && (types.contains(.charged) || types.contains(.criminalCaseOpened)))
                    // "brought to the police station and interrogated as a witness": the questioning is the detention's.
                    || (["questioned", "interrogated"].contains(tokens[event.trigger.lowerBound].lower) && types.contains(.detention))
                    // "declares the strike illegal and suspends the union": one ruling, told by its other act.
                    || (["declared", "ruled"].contains(tokens[event.trigger.lowerBound].lower) && all.contains { $0.type != .other })
                    // "added him to the register of debtors, which bars him from leaving the country": the ban is the act.
                    || (["added", "entered"].contains(tokens[event.trigger.lowerBound].lower) && types.contains(.travelRestriction))
                    // "searched her flat and seized her computer": what was taken is the search's.
                    || (seizures.contains(tokens[event.trigger.lowerBound]) && (types.contains(.searchOfPremises) || types.contains(.physicalAttack)
                        || types.contains(.detention)))
            default:
                return false
            }
        }
        // "The search was carried out on 17 February, the same evening the case was opened": the later act names when the first
        // happened by another one told before.
        if let first = found.map(\.trigger.lowerBound).min() {
            found.removeAll { e in
                guard e.trigger.lowerBound > first else { return false }
                let lead = tokens[max(tokens.startIndex, e.trigger.lowerBound - 7)..<e.trigger.lowerBound]
                return lead.indices.contains { k in
                    lead[k].lower == "same" && k + 2 < e.trigger.lowerBound && ParagraphReader.partsOfADay.contains(lead[k + 1]) && ["the", "his", "her", "their"].contains(tokens[k + 2].lower)
                }
            }
        }
        // What a refused request asked for did not happen: "rejected the defence's motion to release him under house arrest".
        if let refusal = found.first(where: { $0.type == .other }), requestsRefused.contains(tokens[refusal.trigger.upperBound]) {
            found.removeAll { $0.type != .other && $0.trigger.lowerBound > refusal.trigger.upperBound
                && tokens[refusal.trigger.upperBound..<$0.trigger.lowerBound].contains { $0.lower == "to" } }
        }
        return found.sorted { $0.trigger.lowerBound < $1.trigger.lowerBound }
    }
}
