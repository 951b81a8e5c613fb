import Foundation
import Localization
import SenfenicoAPI

/// The journal as a table for people, in their language: the columns of `senfenico journal list`.
/// Cells come out raw; the caller strips control characters from server text before drawing it.
public enum JournalListing {
    public static func header(in language: Language) -> [String] {
        [
            Strings.Dashboard.columnTime, Strings.Dashboard.columnAmount, Strings.Dashboard.columnProvider,
            Strings.Dashboard.columnPhone, Strings.Journal.columnStage, Strings.Dashboard.columnReference,
            Strings.Journal.columnID,
        ].map { $0.text(in: language) }
    }

    /// `2025-03-14 09:05`, `1 000 F CFA`, `Orange Money`, `76 00 00 00`, the stage, `ch_…`, the ID.
    public static func row(_ entry: JournalEntry, in language: Language, timeZone: TimeZone = .current) -> [String] {
        [
            time(entry.startedAt, timeZone), entry.amount.formatted(language), entry.provider.displayName,
            PhoneNumber.formatted(entry.phone), entry.stage.displayName.text(in: language), entry.reference ?? "",
            entry.id,
        ]
    }

    /// The columns of `senfenico journal transfers`.
    public static func transferHeader(in language: Language) -> [String] {
        [
            Strings.Dashboard.columnTime, Strings.Dashboard.columnAmount, Strings.Dashboard.columnRecipient,
            Strings.Dashboard.columnWallet, Strings.Journal.columnStage, Strings.Dashboard.columnReference,
            Strings.Dashboard.columnExtID,
        ].map { $0.text(in: language) }
    }

    /// `2025-03-14 09:05`, `2 000 F CFA`, `70 11 22 33`, `Moov Money`, the stage, `tr_…`, the ext_id.
    public static func transferRow(
        _ entry: TransferJournalEntry, in language: Language, timeZone: TimeZone = .current
    ) -> [String] {
        [
            time(entry.startedAt, timeZone), entry.amount.formatted(language), entry.phone.formatted,
            entry.wallet?.displayName ?? "—", entry.stage.displayName.text(in: language), entry.reference ?? "",
            entry.extID,
        ]
    }

    private static func time(_ timestamp: Timestamp, _ timeZone: TimeZone) -> String {
        timestamp.localText(.minutes, in: timeZone)
    }
}
