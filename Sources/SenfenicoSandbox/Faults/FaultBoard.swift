import Synchronization

/// The fault rules in force, changed at run time by ``SandboxServer/setFaults(_:)`` and the
/// `/_sandbox/faults` routes while requests read them.
final class FaultBoard: Sendable {
    private let rules: Mutex<[FaultRule]>

    init(_ rules: [FaultRule]) {
        self.rules = Mutex(rules)
    }

    var current: [FaultRule] { rules.withLock { $0 } }

    func replace(with newRules: [FaultRule]) {
        rules.withLock { $0 = newRules }
    }

    func append(_ newRules: [FaultRule]) {
        rules.withLock { $0.append(contentsOf: newRules) }
    }

    /// What to do to one request: decided once, before the request is processed, so that a
    /// random error rate is drawn once per request.
    func plan(method: String, path: String) -> FaultPlan {
        var plan = FaultPlan()
        for rule in current where rule.matches(method: method, path: path) {
            if let latency = rule.latency { plan.latency += latency }
            if plan.error == nil, rule.errorRate > 0, Double.random(in: 0..<1) < rule.errorRate {
                plan.error = rule
            }
            plan.dropConnection = plan.dropConnection || rule.dropConnection
            plan.malformedBody = plan.malformedBody || rule.malformedBody
        }
        return plan
    }
}

/// The faults chosen for one request.
struct FaultPlan: Sendable {
    var latency: Duration = .zero
    /// The rule whose error answers instead of the API.
    var error: FaultRule?
    var dropConnection = false
    var malformedBody = false
}
