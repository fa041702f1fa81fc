/// A value handed to worker threads that the code around it keeps from being used by two at once.
///
/// Invariant (the caller's): while workers hold the box, the value is either read-only or each
/// worker touches a disjoint part of it (as `updateConcurrently` guarantees), or a lock serialises
/// the part that is shared (the commit step of PlanGaugeRecords' chunked read).
package struct UncheckedBox<Value>: @unchecked Sendable {
    package let value: Value
    package init(_ value: Value) { self.value = value }
}
