import DashboardCore
import Dispatch
import Foundation
import PaymentJournal
import SenfenicoAPI

/// Carries out the operation pages' effects: the settlement and checkout lists, and the
/// transfer, settlement and checkout requests. Each request is sent once; a transfer is first
/// written in the journal with its `ext_id`, so that sending it again after a lost answer
/// reuses that `ext_id` and Senfenico refuses a second payment.
final class OperationEffects: Sendable {
    private let client: SenfenicoClient
    private let journal: PaymentJournal?
    private let journalProblem: String?
    private let inbox: ActionInbox
    /// Journal writes in the order asked, off the UI thread (each one waits for the disk).
    private let queue = DispatchQueue(label: "senfenico.journal.transfers")

    init(client: SenfenicoClient, journal: PaymentJournal?, journalProblem: String?, inbox: ActionInbox) {
        self.client = client
        self.journal = journal
        self.journalProblem = journalProblem
        self.inbox = inbox
    }

    /// Starts the effect; returns the task of a fetch (cancelled when the dashboard closes), nil
    /// for a request that must run to its end.
    func start(_ effect: Effect) -> Task<Void, Never>? {
        let client = client
        let inbox = inbox
        switch effect {
        case .fetchSettlements:
            return Task.detached {
                do throws(SenfenicoError) {
                    inbox.post(.settlementsLoaded(ListOrder.newestFirst(try await client.settlements()), at: .now()))
                } catch {
                    inbox.post(.fetchFailed(.settlements, error, at: .now()))
                }
            }
        case .fetchCheckouts:
            return Task.detached {
                do throws(SenfenicoError) {
                    inbox.post(.checkoutsLoaded(ListOrder.newestFirst(try await client.checkouts()), at: .now()))
                } catch {
                    inbox.post(.fetchFailed(.checkouts, error, at: .now()))
                }
            }
        case .fetchCheckout(let reference):
            return Task.detached {
                do throws(SenfenicoError) {
                    inbox.post(.operation(.checkoutFetched(try await client.checkout(reference: reference))))
                } catch {
                    inbox.post(.operation(.checkoutFetchFailed(reference: reference, error)))
                }
            }
        case .sendTransfer(let request):
            sendTransfer(request)
        case .createSettlement(let request):
            Task.detached {
                do throws(SenfenicoError) {
                    inbox.post(.operation(.settlementCreated(try await client.createSettlement(request))))
                } catch {
                    inbox.post(.operation(.failed(error)))
                }
            }
        case .cancelSettlement(let reference):
            Task.detached {
                do throws(SenfenicoError) {
                    inbox.post(
                        .operation(.settlementCancelled(try await client.cancelSettlement(reference: reference))))
                } catch {
                    inbox.post(.operation(.cancelFailed(reference: reference, error)))
                }
            }
        case .initializeCheckout(let request):
            Task.detached {
                do throws(SenfenicoError) {
                    inbox.post(.operation(.checkoutInitialized(try await client.initializeCheckout(request))))
                } catch {
                    inbox.post(.operation(.failed(error)))
                }
            }
        default:
            break
        }
        return nil
    }

    /// At start: transfers an earlier run left sending or unknown. One found in the list by its
    /// ext_id went through and is closed as sent; the others are shown for a decision (never
    /// resent by themselves).
    func loadTransferAttention() {
        queue.async { [self] in
            guard let journal, let entries = try? journal.unfinishedTransfers(), !entries.isEmpty else { return }
            Task.detached { [self] in
                guard let listed = try? await client.transfers() else {
                    inbox.post(.operation(.transfersToCheck(entries.map(Self.request))))
                    return
                }
                let byExtID = Dictionary(listed.compactMap { t in t.extID.map { ($0, t) } }) { first, _ in first }
                queue.async { [self] in
                    var open: [TransferRequest] = []
                    for entry in entries {
                        if let transfer = byExtID[entry.extID] {
                            _ = try? journal.updateTransfer(
                                extID: entry.extID, stage: .sent, reference: transfer.reference,
                                serverStatus: transfer.status.rawValue, at: .now())
                        } else {
                            open.append(Self.request(entry))
                        }
                    }
                    inbox.post(.operation(.transfersToCheck(open)))
                }
            }
        }
    }

    private static func request(_ entry: TransferJournalEntry) -> TransferRequest {
        TransferRequest(
            amount: entry.amount, recipientPhone: entry.phone, recipientWallet: entry.wallet, extID: entry.extID)
    }

    /// Journal first (a new `ext_id` is begun; a known one is a retry of the same transfer),
    /// then one request, then the answer in the journal before the screen learns it.
    private func sendTransfer(_ request: TransferRequest) {
        queue.async { [self] in
            guard let extID = request.extID else { return }
            guard let journal else {
                inbox.post(.operation(.journalRefused(journalProblem ?? "")))
                return
            }
            do {
                // A known `ext_id` (a retry of the same transfer) is kept as it is.
                try journal.beginTransfers([request])
            } catch {
                inbox.post(.operation(.journalRefused(String(describing: error))))
                return
            }
            Task.detached { [self] in
                let result: Result<TransferSendResult, SenfenicoError>
                do throws(SenfenicoError) {
                    result = .success(try await client.createTransferOnce(request))
                } catch {
                    result = .failure(error)
                }
                queue.async { [self] in
                    record(result, extID: extID, in: journal)
                    switch result {
                    case .success(let sent): inbox.post(.operation(.transferSent(sent)))
                    case .failure(let error): inbox.post(.operation(.failed(error)))
                    }
                }
            }
        }
    }

    /// The answer in the journal, as `JournalPolicy` says, before the screen learns it.
    private func record(_ result: Result<TransferSendResult, SenfenicoError>, extID: String, in journal: PaymentJournal)
    {
        _ = try? journal.recordTransfer(result, extID: extID)
    }
}
