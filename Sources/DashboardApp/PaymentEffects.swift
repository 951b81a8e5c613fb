import DashboardCore
import Dispatch
import Foundation
import PaymentJournal
import SenfenicoAPI

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

    init(client: SenfenicoClient, journal: PaymentJournal?, journalProblem: String?, inbox: ActionInbox) {
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

    /// At start: lists the unfinished payments, then asks the API about each that has a
    /// reference and closes those that ended meanwhile.
    func loadAttention() {
        queue.async { [self] in
            guard let journal, let entries = try? journal.unfinished() else { return }
            postAttention()
            for entry in entries {
                guard let reference = entry.reference else { continue }
                Task.detached { [self] in
                    guard let charge = try? await client.charge(reference: reference) else { return }
                    let stage: JournalStage? =
                        switch charge.status {
                        case .success: .succeeded
                        case .failed, .canceled: .failed
                        default: nil
                        }
                    guard let stage else { return }
                    queue.async { [self] in
                        _ = try? journal.update(entry.id) {
                            $0.stage = stage
                            $0.serverStatus = charge.status.rawValue
                        }
                        postAttention()
                    }
                }
            }
        }
    }

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
                        _ = try? journal.update(attempt.id) {
                            $0.reference = answer.reference
                            $0.serverStatus = answer.status.rawValue
                            $0.displayText = answer.displayText
                        }
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
            _ = try? journal?.update(attempt.id) {
                $0.stage = .submittingOTP
                $0.otpAttempts = attempt.otpAttempts
            }
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
    /// else among the recent charges with the same phone and amount since it started.
    private func reconcile(_ attempt: PaymentAttempt) {
        Task.detached { [self] in
            do throws(SenfenicoError) {
                let found: [Charge]
                if let reference = attempt.reference {
                    do throws(SenfenicoError) {
                        found = [try await client.charge(reference: reference)]
                    } catch  where error.errorCode == .chargeNotFound {
                        found = []
                    }
                } else {
                    found = try await client.charges().filter { Self.matches($0, attempt) }
                }
                inbox.post(.wizard(.reconciled(attemptID: attempt.id, found)))
            } catch {
                inbox.post(.wizard(.reconcileFailed(attemptID: attempt.id, error)))
            }
        }
    }

    /// Same amount, same phone, created from a little before the attempt started (the
    /// server's clock may differ from ours by a minute or two).
    static func matches(_ charge: Charge, _ attempt: PaymentAttempt) -> Bool {
        let slack: Int64 = 120 * 1_000_000
        let since = attempt.startedAt.microsecondsSinceEpoch - slack
        guard charge.amount == attempt.amount, (charge.createdAt?.microsecondsSinceEpoch ?? 0) >= since else {
            return false
        }
        return charge.phone.flatMap { PhoneNumber($0)?.digits } == attempt.phone.digits
    }

    private func record(_ record: PaymentRecord) {
        queue.async { [self] in
            _ = try? journal?.update(record.attempt.id) { entry in
                entry.stage = JournalStage(record.stage)
                if let reference = record.attempt.reference { entry.reference = reference }
                if let text = record.attempt.displayText { entry.displayText = text }
                if let status = record.serverStatus { entry.serverStatus = status }
                if let code = record.failureCode { entry.failureCode = code }
                if let fees = record.fees { entry.fees = fees }
                entry.otpAttempts = max(entry.otpAttempts, record.attempt.otpAttempts)
                if record.stage == .resolvedByCashier, entry.note == nil {
                    entry.note = "marked settled at the counter"
                }
            }
            postAttention()
        }
    }

    private func exportDay() {
        queue.async { [self] in
            guard let journal else {
                inbox.post(.exported(path: nil, failure: journalProblem))
                return
            }
            do {
                let day = JournalDay(containing: .now())
                let text = JournalExport.csv(try journal.entries(on: day))
                let folder = URL(fileURLWithPath: journal.path).deletingLastPathComponent().appendingPathComponent(
                    "exports")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let file = folder.appendingPathComponent("senfenico-\(day).csv")
                try Data(text.utf8).write(to: file, options: .atomic)
                inbox.post(.exported(path: file.path, failure: nil))
            } catch {
                inbox.post(.exported(path: nil, failure: String(describing: error)))
            }
        }
    }

    /// Must run on `queue`.
    private func postAttention() {
        guard let entries = try? journal?.unfinished() else { return }
        inbox.post(.attentionLoaded(entries.compactMap(PaymentRecord.init)))
    }
}

extension JournalStage {
    init(_ stage: PaymentStage) {
        switch stage {
        case .sending: self = .sending
        case .awaitingOTP: self = .awaitingOTP
        case .submittingOTP: self = .submittingOTP
        case .awaitingOffline: self = .awaitingOffline
        case .succeeded: self = .succeeded
        case .failed: self = .failed
        case .outcomeUnknown: self = .outcomeUnknown
        case .resolvedByCashier: self = .resolvedByCashier
        }
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
        let stage: PaymentStage =
            switch entry.stage {
            case .sending: .sending
            case .awaitingOTP: .awaitingOTP
            case .submittingOTP: .submittingOTP
            case .awaitingOffline: .awaitingOffline
            case .succeeded: .succeeded
            case .failed: .failed
            case .outcomeUnknown: .outcomeUnknown
            case .resolvedByCashier: .resolvedByCashier
            }
        self.init(attempt: attempt, stage: stage, serverStatus: entry.serverStatus, failureCode: entry.failureCode)
    }
}
