import Hummingbird
import SenfenicoAPI

/// What every account of one sandbox shares.
struct AccountConfiguration: Sendable {
    var clock: SandboxClock
    var delays: SimulatedDelays
    /// OTPs never expire at time scale 0 (every OTP would be born expired).
    var otpsExpire: Bool
    var seed: UInt64
    var seedCharges: Int
    var seedTransfers: Int
    /// Changes at every start of a sandbox, so that an ETag kept from an earlier run never
    /// matches by accident.
    var etagEpoch: String
    /// Where state changes go out as webhooks.
    var webhooks = WebhookHub()
}

/// The lists an account answers, each with its own version and cached body.
enum ListKind: String, Sendable, CaseIterable {
    case charges = "c"
    case transfers = "t"
    case settlements = "s"
    case checkouts = "k"
    case balances = "b"
}

/// One test key's simulated Senfenico account: its charges, transfers, settlements,
/// checkouts and balances, and the events that will change them.
///
/// An actor, so that concurrent requests on one key see a consistent account (a transfer
/// and a bulk cannot both spend the same francs), while different keys do not wait on each
/// other.
actor SimulatedAccount {
    let serial: Int
    let configuration: AccountConfiguration
    var delays: SimulatedDelays { configuration.delays }

    private var seeder: HistorySeeder?

    var charges: [Charge] = []
    var chargeIndex: [String: Int] = [:]
    var transfers: [Transfer] = []
    var transferIndex: [String: Int] = [:]
    var extIDs: Set<String> = []
    var settlements: [Settlement] = []
    var settlementIndex: [String: Int] = [:]
    var checkouts: [Checkout] = []
    var checkoutIndex: [String: Int] = [:]

    var collection = CollectionBalance(available: OpeningBalances.collection, pending: .zero)
    var wallets: [TransferWallet: WalletBalance] = [
        .orange: WalletBalance(available: Pricing.walletTopUp, pending: .zero),
        .moov: WalletBalance(available: Pricing.walletTopUp, pending: .zero),
        .sank: WalletBalance(available: Pricing.walletTopUp, pending: .zero),
    ]

    var events = EventQueue()
    /// Sandbox times of the recent bulk calls, for the 5-per-second limit.
    var recentBulkCalls: [Timestamp] = []
    /// References of live objects come from the system's generator; only seeded history
    /// is reproducible.
    var generator = SystemRandomNumberGenerator()

    private var versions: [ListKind: Int] = [:]
    private var listCache: [ListKind: (version: Int, list: EncodedList)] = [:]
    /// Encoded rows by chunk of ``ListEncoder/chunkSize`` rows, oldest chunk first; `nil`
    /// where a row changed since.
    private var encodedChunks: [ListKind: [Task<[UInt8], Never>?]] = [:]

    init(serial: Int, configuration: AccountConfiguration, createdAt: Timestamp) {
        self.serial = serial
        self.configuration = configuration
        if configuration.seedCharges > 0 || configuration.seedTransfers > 0 {
            // Truncated to the hour: two sandboxes started in the same hour with the same seed
            // show the same history.
            let hour: Int64 = 3_600_000_000
            let end = Timestamp(microsecondsSinceEpoch: createdAt.microsecondsSinceEpoch / hour * hour)
            seeder = HistorySeeder(seed: configuration.seed, end: end)
        }
    }

    /// Seeds on first use, then applies every event due by now; returns now.
    func prepare() -> Timestamp {
        if let seeder {
            self.seeder = nil
            charges = seeder.charges(count: configuration.seedCharges)
            chargeIndex.reserveCapacity(charges.count)
            for (index, charge) in charges.enumerated() { chargeIndex[charge.reference] = index }
            // The seeded successes were collected long ago: their net is available, so that a
            // settlement can be tried at once on a fresh sandbox.
            for charge in charges where charge.status == .success {
                collection.available = collection.available + Pricing.chargeNet(charge.amount)
            }
            transfers = seeder.transfers(count: configuration.seedTransfers)
            transferIndex.reserveCapacity(transfers.count)
            for (index, transfer) in transfers.enumerated() {
                transferIndex[transfer.reference] = index
                if let extID = transfer.extID { extIDs.insert(extID) }
            }
            // Start encoding the big lists now, off the actor: the caller is usually reading
            // balances first, and the lists will be asked for next.
            _ = list(.charges, message: Messages.chargeList, rows: charges, write: Self.writeCharge)
            _ = list(.transfers, message: Messages.transferList, rows: transfers, write: Self.writeTransfer)
        }
        let now = configuration.clock.now()
        while let event = events.popDue(now: now) {
            apply(event)
        }
        return now
    }

    /// Balances moved: a new ETag on the next read.
    func balancesChanged() {
        versions[.balances, default: 0] += 1
    }

    /// Marks one row of a list as changed (or added): a new ETag, and only the row's chunk is
    /// encoded again. Every change to a listed row must come through here.
    func changed(_ kind: ListKind, row: Int) {
        versions[kind, default: 0] += 1
        let chunk = row / ListEncoder.chunkSize
        if chunk < encodedChunks[kind, default: []].count { encodedChunks[kind]?[chunk] = nil }
        announceChange(kind, row: row)
    }

    func etag(_ kind: ListKind) -> String {
        "W/\"\(configuration.etagEpoch)-\(serial)-\(kind.rawValue)\(versions[kind, default: 0])\""
    }

    /// The list answer for the current version. Chunks that changed are encoded again off the
    /// actor, in parallel; the others are reused.
    func list<Row: Sendable>(
        _ kind: ListKind, message: String, rows: [Row], write: @escaping @Sendable (Row, inout JSONWriter) -> Void
    ) -> EncodedList {
        let version = versions[kind, default: 0]
        if let cached = listCache[kind], cached.version == version { return cached.list }
        let size = ListEncoder.chunkSize
        var chunks = encodedChunks[kind, default: []]
        let count = (rows.count + size - 1) / size
        if chunks.count < count { chunks += Array(repeating: nil, count: count - chunks.count) }
        for index in 0..<count where chunks[index] == nil {
            // A copy of its own per chunk: in debug builds every element read retains the
            // array's buffer, and tasks sharing one buffer would fight over its reference count.
            let slice = Array(rows[(index * size)..<min(rows.count, (index + 1) * size)])
            chunks[index] = Task.detached { ListEncoder.encodeChunk(slice[...], write: write) }
        }
        encodedChunks[kind] = chunks
        let newestFirst = chunks.reversed().compactMap { $0 }
        let list = EncodedList(etag: etag(kind)) {
            var parts: [[UInt8]] = []
            parts.reserveCapacity(newestFirst.count)
            for task in newestFirst { parts.append(await task.value) }
            return ListEncoder.assemble(message: message, chunks: parts)
        }
        listCache[kind] = (version, list)
        return list
    }

    static let writeCharge: @Sendable (Charge, inout JSONWriter) -> Void = { $0.write(to: &$1, shape: .full) }
    static let writeTransfer: @Sendable (Transfer, inout JSONWriter) -> Void = {
        $0.write(to: &$1, shape: .listRow)
    }

    /// Seeds the account and starts encoding its lists, before anyone asks.
    func warmUp() {
        _ = prepare()
    }

    func wallet(_ wallet: TransferWallet) -> WalletBalance {
        wallets[wallet] ?? .zero
    }

    // MARK: Events

    private func apply(_ event: ScheduledEvent) {
        switch event.action {
        case .collectionSettles(let net):
            collection.pending = collection.pending - net
            collection.available = collection.available + net
            balancesChanged()
        case .offlineChargeCompletes(let reference):
            completeOfflineCharge(reference, at: event.due)
        case .transferCompletes(let reference):
            completeTransfer(reference, at: event.due)
        case .settlementAdvances(let reference):
            advanceSettlement(reference, at: event.due)
        }
    }

    /// A successful charge: its net joins collection `pending`, then `available` after the
    /// settle delay.
    func credit(_ charge: Charge, at time: Timestamp) {
        let net = Pricing.chargeNet(charge.amount)
        collection.pending = collection.pending + net
        events.schedule(.collectionSettles(net), at: time.adding(microseconds: delays.collectionSettles))
        balancesChanged()
    }

    // MARK: Balances

    func balances() -> (Balances, etag: String) {
        _ = prepare()
        let orange = wallet(.orange)
        let moov = wallet(.moov)
        let sank = wallet(.sank)
        let transfer = TransferBalances(
            totalAvailable: orange.available + moov.available + sank.available,
            totalPending: orange.pending + moov.pending + sank.pending,
            orange: orange, moov: moov, sank: sank)
        return (Balances(collection: collection, transfer: transfer), etag(.balances))
    }
}
