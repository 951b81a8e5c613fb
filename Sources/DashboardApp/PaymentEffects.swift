import DashboardCore
import Dispatch
import Foundation
import Localization
import PaymentJournal
import SenfenicoAPI
import Synchronization

/// Carries out the charge wizard's effects. The journal comes first: a charge is written down
/// before its request leaves, and its answer is written down before the screen learns of it,
/// so killing the process at any moment loses nothing. Payment requests are sent once and
/// never retried (the client refuses to); a lost answer is reconciled, not resent.
final class PaymentEffects: Sendable {
    private let client: SenfenicoClient
    private let journal: PaymentJournal?
    private let journalProblem: String?
    private let inbox: ActionInbox
    /// Journal work in the order the UI thread asked for it: a stage is never overwritten by
    /// an older one.
    private let queue = DispatchQueue(label: "senfenico.journal")
    /// One automatic reconciliation at a time: a slow API never piles them up.
    private let isReconciling = ReconcileFlag()
    /// The day's export is written in the dashboard's language.
    private let language: Language
    /// The unfinished payments last posted: an unchanged journal (every refresh, mostly) wakes
    /// nobody.
    private let lastAttention = Mutex<[PaymentRecord]?>(nil)
    /// The journal's files when a read last found nothing unfinished: while they look the same,
    /// nothing was written since and there is nothing to reconcile, so a refresh reads nothing.
    private let quietStamp = Mutex<JournalFileStamp?>(nil)

    init(
        client: SenfenicoClient, journal: PaymentJournal?, journalProblem: String?, inbox: ActionInbox,
        language: Language = .english
    ) {
        self.language = language
        self.client = client
        self.journal = journal
        self.journalProblem = journalProblem
        self.inbox = inbox
    }

    func start(_ effect: Effect) {
        switch effect {
        case .createCharge(let attempt): create(attempt)
        case .submitOTP(let attempt, let submission): submit(attempt, submission)
        case .pollCharge(let attempt): poll(attempt)
        case .reconcile(let attempt): reconcile(attempt)
        case .record(let record): self.record(record)
        case .exportDay: exportDay()
        default: return
        }
    }

    /// At start: the unfinished payments, counted then reconciled by themselves.
    func loadAttention() { refreshAttention() }

    /// At start and every refresh: re-reads the journal (another dashboard may have written
    /// to it), then reconciles each unfinished payment old enough not to be in flight: by its
    /// reference when it has one, else among the account's charges by phone and amount. What
    /// `JournalPolicy` cannot settle by itself (a match by phone and amount only) stays for a
    /// person (`a`).
    func refreshAttention() {
        // Taken before the read: a write between the two changes the stamp, and is read next time.
        let stamp = journal?.fileStamp()
        if let stamp, quietStamp.withLock({ $0 == stamp }) { return }
        queue.async { [self] in
            guard let journal, let entries = try? journal.unfinished() else { return }
            quietStamp.withLock { $0 = entries.isEmpty ? stamp : nil }
            postAttention(entries)
            let now = Timestamp.now()
            let due = entries.filter { $0.updatedAt <= now.adding(seconds: -Self.inFlightDelay) }
            guard !due.isEmpty, isReconciling.claim() else { return }
            Task.detached { [self] in
                defer { isReconciling.release() }
                var listed: [Charge]?
                for entry in due {
                    let found: JournalPolicy.Reconciliation?
                    if let reference = entry.reference {
                        do throws(SenfenicoError) {
                            found = JournalPolicy.reconcile(
                                byReference: .success(try await client.charge(reference: reference)))
                        } catch {
                            found = JournalPolicy.reconcile(byReference: .failure(error))
                        }
                    } else {
                        if listed == nil { listed = try? await client.charges() }
                        guard let listed else { continue }
                        let claimed = Set((try? journal.claimedReferences()) ?? [])
                        found = JournalPolicy.reconcile(
                            amount: entry.amount, phone: entry.phone, startedAt: entry.startedAt, among: listed,
                            claimed: claimed)
                    }
                    guard let found else { continue }
                    queue.async {
                        // Only if nobody wrote to it meanwhile: a newer stage is never overwritten.
                        _ = try? journal.update(entry.id) { current in
                            guard current.updatedAt == entry.updatedAt, current.stage == entry.stage else { return }
                            JournalPolicy.applyReconciliation(found, to: &current)
                        }
                    }
                }
                queue.async { [self] in postAttention() }
            }
        }
    }

    /// A payment changed this recently may still be on its way (its request out, the customer
    /// typing the code at another till): automatic reconciliation leaves it alone.
    static let inFlightDelay = 120.0

    private func create(_ attempt: PaymentAttempt) {
        queue.async { [self] in
            guard let journal else {
                inbox.post(.wizard(.notRecorded(attemptID: attempt.id, reason: journalProblem ?? "")))
                return
            }
            do {
                try journal.begin(
                    id: attempt.id, amount: attempt.amount, phone: attempt.phone, provider: attempt.provider,
                    at: attempt.startedAt)
            } catch {
                inbox.post(.wizard(.notRecorded(attemptID: attempt.id, reason: String(describing: error))))
                return
            }
            let request = ChargeRequest(amount: attempt.amount, phone: attempt.phone, provider: attempt.provider)
            Task.detached { [self] in
                do throws(SenfenicoError) {
                    let answer = try await client.createCharge(request)
                    queue.async { [self] in
                        _ = try? journal.recordCreated(attempt.id, answer)
                        inbox.post(.wizard(.created(attemptID: attempt.id, answer)))
                    }
                } catch {
                    inbox.post(.wizard(.createFailed(attemptID: attempt.id, error)))
                }
            }
        }
    }

    private func submit(_ attempt: PaymentAttempt, _ submission: OTPSubmission) {
        queue.async { [self] in
            _ = try? journal?.recordSubmitting(attempt.id, attempts: attempt.otpAttempts)
            Task.detached { [self] in
                do throws(SenfenicoError) {
                    let charge = try await client.submitOTP(submission)
                    inbox.post(.wizard(.otpAnswered(attemptID: attempt.id, charge)))
                } catch {
                    inbox.post(.wizard(.otpFailed(attemptID: attempt.id, error)))
                }
            }
        }
    }

    private func poll(_ attempt: PaymentAttempt) {
        guard let reference = attempt.reference else { return }
        Task.detached { [self] in
            do throws(SenfenicoError) {
                inbox.post(.wizard(.polled(attemptID: attempt.id, try await client.charge(reference: reference))))
            } catch {
                inbox.post(.wizard(.pollFailed(attemptID: attempt.id, error)))
            }
        }
    }

    /// Finds the charge of an attempt whose answer was lost: by reference when one is known,
    /// else among the recent charges with the same phone and amount since it started, leaving
    /// out those another journal entry already claims. `JournalPolicy` judges what was found.
    private func reconcile(_ attempt: PaymentAttempt) {
        Task.detached { [self] in
            let found: JournalPolicy.Reconciliation
            if let reference = attempt.reference {
                let result: Result<Charge, SenfenicoError>
                do throws(SenfenicoError) {
                    result = .success(try await client.charge(reference: reference))
                } catch {
                    result = .failure(error)
                }
                guard let judged = JournalPolicy.reconcile(byReference: result) else {
                    if case .failure(let error) = result {
                        inbox.post(.wizard(.reconcileFailed(attemptID: attempt.id, error)))
                    }
                    return
                }
                found = judged
            } else {
                let charges: [Charge]
                do throws(SenfenicoError) {
                    charges = try await client.charges()
                } catch {
                    inbox.post(.wizard(.reconcileFailed(attemptID: attempt.id, error)))
                    return
                }
                let claimed = Set((try? journal?.claimedReferences(except: attempt.id)) ?? [])
                found = JournalPolicy.reconcile(
                    amount: attempt.amount, phone: attempt.phone.digits, startedAt: attempt.startedAt, among: charges,
                    claimed: claimed)
            }
            inbox.post(.wizard(.reconciled(attemptID: attempt.id, found)))
        }
    }

    private func record(_ record: PaymentRecord) {
        queue.async { [self] in
            _ = try? journal?.update(record.attempt.id) { entry in
                JournalPolicy.apply(record.change, to: &entry)
                if let reference = record.attempt.reference { entry.reference = reference }
                if let text = record.attempt.displayText { entry.displayText = text }
                entry.otpAttempts = max(entry.otpAttempts, record.attempt.otpAttempts)
                if record.stage == .resolvedByCashier {
                    entry.note = record.note ?? entry.note ?? "marked settled at the counter"
                }
            }
            postAttention()
        }
    }

    /// The day's CSV of this account, private (0600 in a 0700 folder), next to the journal.
    private func exportDay() {
        queue.async { [self] in
            guard let journal else {
                inbox.post(.exported(path: nil, failure: journalProblem))
                return
            }
            do {
                let day = JournalDay(containing: .now())
                let text = JournalExport.csv(try journal.entries(on: day), JournalExport.Options(language: language))
                let folder = URL(fileURLWithPath: journal.path).deletingLastPathComponent().appendingPathComponent(
                    "exports")
                let file = folder.appendingPathComponent("senfenico-\(day).csv")
                try JournalExport.write(text, toFile: file.path)
                inbox.post(.exported(path: file.path, failure: nil))
            } catch let error as JournalError {
                inbox.post(.exported(path: nil, failure: error.message(in: language)))
            } catch {
                inbox.post(.exported(path: nil, failure: SystemErrorText.reason(error).text(in: language)))
            }
        }
    }

    /// Must run on `queue`. Reads the journal unless given what was just read from it.
    private func postAttention(_ read: [JournalEntry]? = nil) {
        guard let entries = read ?? (try? journal?.unfinished()) else { return }
        let records = entries.compactMap(PaymentRecord.init)
        let changed = lastAttention.withLock { last in
            defer { last = records }
            return last != records
        }
        if changed { inbox.post(.attentionLoaded(records)) }
    }
}

extension PaymentRecord {
    /// A journal entry as the dashboard's core sees it.
    init?(_ entry: JournalEntry) {
        guard let phone = PhoneNumber(entry.phone) else { return nil }
        var attempt = PaymentAttempt(
            id: entry.id, amount: entry.amount, phone: phone, provider: entry.provider, startedAt: entry.startedAt)
        attempt.reference = entry.reference
        attempt.displayText = entry.displayText
        attempt.otpAttempts = entry.otpAttempts
        self.init(
            attempt: attempt, stage: entry.stage, serverStatus: entry.serverStatus, failureCode: entry.failureCode)
    }
}

/// Set while an automatic reconciliation runs.
private final class ReconcileFlag: Sendable {
    private let isSet = Mutex(false)

    /// Sets the flag; false when it was already set.
    func claim() -> Bool {
        isSet.withLock { isSet in
            guard !isSet else { return false }
            isSet = true
            return true
        }
    }

    func release() { isSet.withLock { $0 = false } }
}
