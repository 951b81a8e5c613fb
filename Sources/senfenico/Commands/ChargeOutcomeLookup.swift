import Localization
import PaymentJournal
import SenfenicoAPI

/// After `charges create` lost its answer (no answer, a server error, a redirect): the charge may
/// exist. Says so, then looks among the account's charges by phone and amount, as the journal's
/// reconciliation does, and names what it finds. Nothing is recorded from a match by phone and
/// amount alone: it could be another till's charge; the dashboard (`a`) lets a person confirm.
enum ChargeOutcomeLookup {
    static func report(_ entry: JournalEntry, journal: PaymentJournal, _ context: APICommandContext) async {
        typealias C = Strings.CommandLine
        context.note(C.chargeOutcomeUnknown)
        guard let charges = try? await context.client.charges() else {
            context.note(C.chargeLookupFailed)
            return
        }
        let claimed = Set((try? journal.claimedReferences()) ?? [])
        let found = JournalPolicy.reconcile(
            amount: entry.amount, phone: entry.phone, startedAt: entry.startedAt, among: charges, claimed: claimed)
        switch found {
        case .nothingTaken, .found:
            context.note(C.chargeLookupNone)
        case .onlyClaimed:
            context.note(C.chargeLookupClaimed)
        case .candidates(let candidates):
            for charge in candidates.prefix(5) {
                context.note(
                    C.chargeLookupCandidate.filling([
                        "reference": charge.reference, "time": Display.time(charge.createdAt),
                        "status": charge.status.words.text(in: context.language),
                    ]))
            }
        }
    }
}
