import PaymentJournal
import SenfenicoAPI

/// `journal list --json` and `journal transfers --json`: one JSON array of entries, oldest first,
/// with the field names of the CSV export (English, snake_case, stable for scripts); a missing
/// value is `null`, amounts are numbers of francs, times ISO 8601 in UTC. Each entry names its
/// account: `mode` (sandbox, test, live) and `account`, the key's fingerprint (never the key).
enum JournalJSON {
    static func charges(_ entries: [JournalEntry]) -> String {
        var writer = JSONWriter()
        writer.array { writer in
            for entry in entries.sorted(by: { $0.startedAt < $1.startedAt }) {
                writer.object { writer in
                    writer.key("id")
                    writer.string(entry.id)
                    writer.key("mode")
                    writer.string(entry.account.mode.rawValue)
                    writer.key("account")
                    writer.string(entry.account.fingerprint)
                    writer.key("started_at")
                    writer.string(entry.startedAt.iso8601)
                    writer.key("reference")
                    writer.string(entry.reference)
                    writer.key("operator")
                    writer.string(entry.provider.rawValue)
                    writer.key("phone")
                    writer.string(entry.phone)
                    writer.key("amount")
                    writer.number(entry.amount.jsonText)
                    writer.key("fees")
                    writer.string(entry.fees)
                    writer.key("stage")
                    writer.string(entry.stage.rawValue)
                    writer.key("server_status")
                    writer.string(entry.serverStatus)
                    writer.key("failure_code")
                    writer.string(entry.failureCode)
                    writer.key("otp_attempts")
                    writer.number(entry.otpAttempts)
                    writer.key("terminal")
                    writer.string(entry.terminal)
                    writer.key("note")
                    writer.string(entry.note)
                }
            }
        }
        return writer.text
    }

    static func transfers(_ entries: [TransferJournalEntry]) -> String {
        var writer = JSONWriter()
        writer.array { writer in
            for entry in entries.sorted(by: { $0.startedAt < $1.startedAt }) {
                writer.object { writer in
                    writer.key("ext_id")
                    writer.string(entry.extID)
                    writer.key("mode")
                    writer.string(entry.account.mode.rawValue)
                    writer.key("account")
                    writer.string(entry.account.fingerprint)
                    writer.key("started_at")
                    writer.string(entry.startedAt.iso8601)
                    writer.key("reference")
                    writer.string(entry.reference)
                    writer.key("wallet")
                    writer.string(entry.wallet?.rawValue)
                    writer.key("phone")
                    writer.string(entry.phone.digits)
                    writer.key("amount")
                    writer.number(entry.amount.jsonText)
                    writer.key("fees")
                    writer.string(entry.fees)
                    writer.key("debit")
                    writer.string(entry.debit)
                    writer.key("stage")
                    writer.string(entry.stage.rawValue)
                    writer.key("server_status")
                    writer.string(entry.serverStatus)
                    writer.key("failure")
                    writer.string(entry.failure)
                    writer.key("terminal")
                    writer.string(entry.terminal)
                    writer.key("note")
                    writer.string(entry.note)
                }
            }
        }
        return writer.text
    }
}
