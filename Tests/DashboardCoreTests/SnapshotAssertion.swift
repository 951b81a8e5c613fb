import DashboardCore
import Foundation
import Testing

/// Compares a screen with its golden file under `Snapshots/`. `SNAPSHOT_RECORD=1` rewrites the
/// file (in the source tree, through `#filePath`) instead of comparing.
func assertSnapshot(
    _ screen: Screen, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = directory.appendingPathComponent("\(name).txt")
    let actual = snapshotText(screen)
    if ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(
            "missing snapshot \(url.path); run with SNAPSHOT_RECORD=1 to create it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        Issue.record(
            "snapshot \(name) differs (- expected, + actual); SNAPSHOT_RECORD=1 rewrites it:\n\(lineDiff(expected, actual))",
            sourceLocation: sourceLocation)
    }
}

/// A frame line per row, with `|` marking the right edge so trailing spaces stay visible.
func snapshotText(_ screen: Screen) -> String {
    var text = "size \(screen.width)x\(screen.height)\n"
    for line in screen.lines { text += line + "|\n" }
    return text
}

/// The lines that differ, numbered, expected then actual.
func lineDiff(_ expected: String, _ actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var output: [String] = []
    for index in 0..<max(old.count, new.count) {
        let left = index < old.count ? String(old[index]) : nil
        let right = index < new.count ? String(new[index]) : nil
        guard left != right else { continue }
        if let left { output.append(String(format: "%3d - ", index) + left) }
        if let right { output.append(String(format: "%3d + ", index) + right) }
    }
    return output.joined(separator: "\n")
}
