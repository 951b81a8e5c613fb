import BulkTransfers
import Localization
import SenfenicoAPI

/// Keys of the bulk transfer screen.
enum BulkKeys {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var screen = state.bulk else { return [] }
        var closes = false
        var effects: [Effect] = []
        switch screen.step {
        case .choosingFile: effects = choose(key, &screen, closes: &closes)
        case .loading, .running: break
        case .preview: effects = preview(key, &screen, mode: state.mode)
        case .results: effects = results(key, &screen, now: state.now, closes: &closes)
        }
        state.bulk = closes ? nil : screen
        if closes, screen.step == .results {
            state.lastBulkPath = screen.pathText
            return effects + state.startFetches([.balances, .transfers])
        }
        if closes { state.lastBulkPath = screen.pathText }
        return effects
    }

    private static func choose(_ key: Key, _ screen: inout BulkScreen, closes: inout Bool) -> [Effect] {
        switch TextFieldKeys.apply(
            key, to: &screen.pathText, limit: 4_096, accepts: { !$0.isNewline }, refusal: Strings.Wizard.digitsOnly)
        {
        case .typed:
            screen.fileError = nil
            return []
        case .refused, .notTyping:
            break
        }
        switch key {
        case .enter:
            let path = screen.pathText.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { return [] }
            screen.pathText = path
            screen.step = .loading
            return [.loadBulkFile(path: path)]
        case .escape:
            closes = true
        default:
            break
        }
        return []
    }

    private static func preview(_ key: Key, _ screen: inout BulkScreen, mode: DashboardMode) -> [Effect] {
        guard let preview = screen.preview else { return [] }
        let live = mode == .live
        switch key {
        case .up, .character("k"): screen.scroll = max(0, screen.scroll - 1)
        case .down, .character("j"): screen.scroll = min(max(0, preview.problems.count - 1), screen.scroll + 1)
        case .pageUp: screen.scroll = max(0, screen.scroll - 10)
        case .pageDown: screen.scroll = min(max(0, preview.problems.count - 1), screen.scroll + 10)
        case .escape:
            screen.step = .choosingFile
            screen.preview = nil
            screen.confirmText = ""
            screen.confirmError = nil
        case .character, .backspace, .paste, .control("u"):
            guard live else { return [] }
            switch TextFieldKeys.apply(key, to: &screen.confirmText, field: .confirmation(15)) {
            case .typed where key != .backspace: screen.confirmError = nil
            case .refused(let message): screen.confirmError = message
            default: break
            }
        case .enter:
            guard !preview.rows.isEmpty else { return [] }
            if live, screen.confirmText != String(preview.totalAmount.francs) {
                screen.confirmError = Strings.Operations.liveMismatch
                return []
            }
            screen.step = .running
            screen.scroll = 0
            return [.runBulk(preview.batches())]
        default:
            break
        }
        return []
    }

    private static func results(
        _ key: Key, _ screen: inout BulkScreen, now: Timestamp, closes: inout Bool
    ) -> [Effect] {
        let count = screen.report?.rows.count ?? 0
        switch key {
        case .up, .character("k"): screen.scroll = max(0, screen.scroll - 1)
        case .down, .character("j"): screen.scroll = min(max(0, count - 1), screen.scroll + 1)
        case .pageUp: screen.scroll = max(0, screen.scroll - 10)
        case .pageDown: screen.scroll = min(max(0, count - 1), screen.scroll + 10)
        case .character("w"), .character("W"):
            return [.saveBulkResults(path: screen.resultsPath(at: now))]
        case .enter, .escape:
            closes = true
        default:
            break
        }
        return []
    }
}

enum BulkResults {
    static func apply(_ event: BulkEvent, _ state: inout AppState) -> [Effect] {
        guard var screen = state.bulk else { return [] }
        switch event {
        case .loaded(let preview):
            guard screen.step == .loading else { return [] }
            screen.preview = preview
            screen.step = .preview
            screen.scroll = 0
        case .loadFailed(let reason):
            guard screen.step == .loading else { return [] }
            screen.fileError = reason
            screen.step = .choosingFile
        case .progress(let progress):
            screen.progress = progress
        case .finished(let report):
            screen.report = report
            screen.step = .results
            screen.scroll = 0
        case .saved(let path, let failure):
            if let failure {
                state.showNotice(Strings.Bulk.cannotWrite.filling(["path": path, "detail": failure]), seconds: 20)
            } else {
                screen.savedPath = path
                state.showNotice(Strings.Bulk.resultsSaved.filling(["path": path]), seconds: 20)
            }
        }
        state.bulk = screen
        return []
    }
}
