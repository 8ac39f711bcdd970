import Foundation

/// A progress bar on standard error, drawn only when standard error is a terminal.
struct ProgressBar {
    let total: Int
    let label: String
    private let enabled: Bool
    private var lastDrawn = -1

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        enabled = isatty(STDERR_FILENO) == 1 && total > 0
    }

    /// Redraws when the percentage changes.
    mutating func update(_ done: Int) {
        guard enabled else { return }
        let percent = min(100, done * 100 / max(total, 1))
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(percent)% \(done)/\(total)".utf8))
    }

    /// Ends the bar's line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
