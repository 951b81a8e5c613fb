import CNCursesw
import DashboardCore
import SenfenicoAPI
import Testing

@testable import TerminalUI

@Suite struct KeyMappingTests {
    @Test func controlCharactersAreTheKeysTheyStandFor() {
        #expect(KeyMapping.character(9) == .tab)
        #expect(KeyMapping.character(13) == .enter)
        #expect(KeyMapping.character(10) == .enter)
        #expect(KeyMapping.character(27) == .escape)
        #expect(KeyMapping.character(127) == .backspace)
        // Other controls never reach a filter as text.
        #expect(KeyMapping.character(1) == nil)
    }

    @Test func textIncludingAccentsIsACharacter() {
        #expect(KeyMapping.character(UInt32(("q" as Unicode.Scalar).value)) == .character("q"))
        #expect(KeyMapping.character(0xE9) == .character("é"))
    }

    @Test func functionKeys() {
        #expect(KeyMapping.functionKey(KEY_BTAB) == .backTab)
        #expect(KeyMapping.functionKey(KEY_UP) == .up)
        #expect(KeyMapping.functionKey(KEY_NPAGE) == .pageDown)
        #expect(KeyMapping.functionKey(KEY_F0 + 1) == .function(1))
        #expect(KeyMapping.functionKey(KEY_F0 + 10) == .function(10))
        #expect(KeyMapping.functionKey(KEY_RESIZE) == nil)
    }

    @Test func aClickOnAPaneSelectsItAndOneOutsideDoesNothing() {
        let state = AppState(mode: .sandbox, now: Timestamp(microsecondsSinceEpoch: 0))
        let size = Size(width: 120, height: 40)
        #expect(TerminalEvent.click(x: 5, y: 3).action(in: state, size: size) == .select(.balances, row: nil))
        #expect(TerminalEvent.click(x: 5, y: 0).action(in: state, size: size) == nil)
        #expect(TerminalEvent.key(.tab).action(in: state, size: size) == .key(.tab))
    }
}
