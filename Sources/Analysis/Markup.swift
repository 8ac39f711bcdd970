import CivicModel

/// Escaping for the HTML, SVG and Markdown Kuzet generates from archive text.
public enum Markup {
    /// Text safe inside an XML or HTML element or a quoted attribute.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Text safe in a Markdown line: characters that would start markup are backslash-escaped.
    public static func markdown(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "\\`*_[]<>|#".contains(ch) { out.append("\\") }
            if ch.isNewline { out.append(" "); continue }
            out.append(ch)
        }
        return out
    }

    /// A number without a trailing ".0", with thousands separated by a thin space-free comma.
    public static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return NumberText.grouped(x) }
        return String(format: "%.2f", x)
    }
}
