/// An open-addressing hash table for the lookups made on every row of a large file (cached cells,
/// ids by their bytes, which facts were seen). Swift's `Dictionary` hashes with SipHash, which for
/// a 32-byte key costs more than the rest of the lookup; these keys are mixed with a few multiplies
/// instead, seeded per process so that crafted input cannot aim at one bucket.
package struct FastTable<Key: FastKey, Value> {
    /// Key, value and whether the slot is taken side by side: a lookup touches one cache line.
    private struct Slot {
        var key: Key
        var value: Value?
    }
    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    package init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: Slot(key: Key.empty, value: nil), count: size)
        mask = size - 1
    }

    @inline(__always)
    private func bucket(_ key: Key) -> Int { Int(truncatingIfNeeded: key.mixed(FastTableSeed.value)) & mask }

    package subscript(key: Key) -> Value? {
        get {
            var i = bucket(key)
            while let value = slots[i].value {
                if slots[i].key == key { return value }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return }  // the caches never remove
            var i = bucket(key)
            while slots[i].value != nil {
                if slots[i].key == key { slots[i].value = newValue; return }
                i = (i + 1) & mask
            }
            slots[i] = Slot(key: key, value: newValue)
            count += 1
            if count * 2 > slots.count { grow() }
        }
    }

    private mutating func grow() {
        var bigger = FastTable(capacity: slots.count)
        for slot in slots { if let v = slot.value { bigger[slot.key] = v } }
        self = bigger
    }
}

/// A key for `FastTable`: a fixed-size value that mixes its bits into a 64-bit hash.
package protocol FastKey: Equatable {
    static var empty: Self { get }
    func mixed(_ seed: UInt64) -> UInt64
}

package enum FastTableSeed {
    package static let value = UInt64.random(in: 1...UInt64.max) | 1
}

@inline(__always)
private func mix(_ x: UInt64) -> UInt64 {
    var z = x
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}

extension UInt64: FastKey {
    package static var empty: UInt64 { 0 }
    @inline(__always)
    package func mixed(_ seed: UInt64) -> UInt64 { mix(self &+ seed) }
}

extension ShortBytes: FastKey {
    package static var empty: ShortBytes { ShortBytes() }
    @inline(__always)
    package func mixed(_ seed: UInt64) -> UInt64 {
        mix(a &+ seed) ^ mix(b &+ seed &* 3) ^ mix(c &+ seed &* 5) ^ mix(d &+ seed &* 7 &+ UInt64(count))
    }
}
