/// A value that one step at a time reads and changes in place, kept in a class so that nested
/// steps and closures share it without copying.
///
/// Invariant: no two accesses overlap (one thread at a time, and no access nested in another).
/// Debug builds check it with Swift's run-time exclusivity checks; release builds leave them out,
/// which cost a chunk's row loop two calls per row.
package final class ExclusiveCell<Value> {
    #if DEBUG
    /// The value.
    package var value: Value
    #else
    /// The value.
    @safe @exclusivity(unchecked) package var value: Value
    #endif

    /// A cell holding `value`.
    package init(_ value: Value) { self.value = value }
}
