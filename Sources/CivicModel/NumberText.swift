/// Numbers as Kuzet writes them for people: thousands grouped, no needless decimals.
public enum NumberText {
    /// "530,250", "4,325", "6.5": the whole part with its thousands grouped, a fraction's digits as they are.
    public static func grouped(_ x: Double) -> String {
        guard x.isFinite, abs(x) < 1e15 else { return String(x) }
        let whole = abs(x).rounded(.towardZero)
        var digits = String(Int(whole)), out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        let text = String(abs(x))
        let fraction = abs(x) == whole ? "" : text.firstIndex(of: ".").map { String(text[$0...]) } ?? ""
        return (x < 0 ? "-" : "") + digits + out + fraction
    }
}
