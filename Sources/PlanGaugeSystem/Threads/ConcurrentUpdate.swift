import Foundation

/// Updates every element of `items` on every core at once: `body(i, &items[i])`, each call with an
/// element of its own.
///
/// Invariant (what makes it safe): each call gets exclusive access to one element and `body` must
/// not reach `items` any other way; whatever else it reads must not change while the update runs.
/// In debug builds each index is checked to be updated exactly once.
package func updateConcurrently<Element>(_ items: inout [Element], _ body: (Int, inout Element) -> Void) {
    guard items.count > 1 else {
        if !items.isEmpty { body(0, &items[0]) }
        return
    }
    #if DEBUG
    let visits = VisitCounter(items.count)
    #endif
    items.withUnsafeMutableBufferPointer { buffer in
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedBox((buffer, body))
            DispatchQueue.concurrentPerform(iterations: buffer.count) { i in
                let (buffer, body) = shared.value
                #if DEBUG
                visits.visit(i)
                #endif
                body(i, &buffer[i])
            }
        }
    }
    #if DEBUG
    visits.expectEachOnce()
    #endif
}

#if DEBUG
/// Counts the updates of each index (debug builds only).
private final class VisitCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [Int]

    init(_ n: Int) { counts = Array(repeating: 0, count: n) }

    func visit(_ i: Int) {
        lock.lock()
        counts[i] += 1
        lock.unlock()
    }

    func expectEachOnce() {
        lock.lock()
        defer { lock.unlock() }
        assert(counts.allSatisfy { $0 == 1 }, "each element updated exactly once")
    }
}
#endif

/// `items.map(body)` with the calls on every core at once; the results in the items' order.
/// `body` must only read what no call changes.
package func mapConcurrently<Item, Result>(_ items: [Item], _ body: (Item) -> Result) -> [Result] {
    var results = [Result?](repeating: nil, count: items.count)
    updateConcurrently(&results) { i, result in result = body(items[i]) }
    return results.map { $0! }
}
