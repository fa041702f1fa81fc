// libcsv ships no pkg-config file; this header lets the module map name it.
#include <csv.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

// The record libcsv's callbacks assemble: field bytes back to back and where each field ends, in
// buffers that grow up to the limits and are reused for every record. The callbacks are C, so that
// libcsv's call for every cell of a file is one plain call (a Swift callback needed a bridging thunk
// around it, and a copy loop Swift could not see through). No tokenising happens here: libcsv does it.
typedef struct {
    unsigned char *bytes;
    size_t byte_count, byte_capacity;
    size_t *ends;
    size_t end_count, end_capacity;
    size_t max_field_bytes, max_fields, max_record_bytes;
    // 0: none; 1: a field above max_field_bytes (its size in overflow_size); 2: too many fields;
    // 3: a record above max_record_bytes; 4: out of memory.
    int overflow;
    size_t overflow_size;
    int completed;
    // What a field may take without a second look: the buffers' room, capped by the limits (all
    // zero once the record has overflowed, so that every later field takes the slow path).
    size_t fast_field_bytes, fast_record_bytes, fast_fields;
} pg_record;

static inline void pg_record_fast_limits(pg_record *r) {
    if (r->overflow) {
        r->fast_field_bytes = r->fast_record_bytes = r->fast_fields = 0;
        return;
    }
    r->fast_field_bytes = r->max_field_bytes;
    r->fast_record_bytes = r->byte_capacity < r->max_record_bytes ? r->byte_capacity : r->max_record_bytes;
    r->fast_fields = r->end_capacity < r->max_fields ? r->end_capacity : r->max_fields;
}

static inline int pg_record_init(pg_record *r, size_t max_field_bytes, size_t max_fields, size_t max_record_bytes) {
    memset(r, 0, sizeof *r);
    r->max_field_bytes = max_field_bytes;
    r->max_fields = max_fields;
    r->max_record_bytes = max_record_bytes;
    r->byte_capacity = 4096;
    r->end_capacity = 64;
    r->bytes = malloc(r->byte_capacity);
    r->ends = malloc(r->end_capacity * sizeof(size_t));
    pg_record_fast_limits(r);
    return r->bytes != NULL && r->ends != NULL;
}

static inline void pg_record_free(pg_record *r) {
    free(r->bytes);
    free(r->ends);
    r->bytes = NULL;
    r->ends = NULL;
}

/// Forgets an overflow (the broken record has been reported and dropped).
static inline void pg_record_clear_overflow(pg_record *r) {
    r->overflow = 0;
    pg_record_fast_limits(r);
}

static inline void pg_copy(unsigned char *to, const unsigned char *from, size_t n) {
    // Most cells are a few bytes (a name a few dozen): copied as two overlapping words, or two
    // overlapping 16-byte blocks, rather than through a call.
    if (n > 16 && n <= 32) {
        unsigned char a[16], b[16];
        memcpy(a, from, 16);
        memcpy(b, from + n - 16, 16);
        memcpy(to, a, 16);
        memcpy(to + n - 16, b, 16);
    } else if (n >= 8 && n <= 16) {
        uint64_t a, b;
        memcpy(&a, from, 8);
        memcpy(&b, from + n - 8, 8);
        memcpy(to, &a, 8);
        memcpy(to + n - 8, &b, 8);
    } else if (n >= 4 && n < 8) {
        uint32_t a, b;
        memcpy(&a, from, 4);
        memcpy(&b, from + n - 4, 4);
        memcpy(to, &a, 4);
        memcpy(to + n - 4, &b, 4);
    } else if (n > 0) {
        memcpy(to, from, n);
    }
}

// A field past a limit, or one the buffers have to grow for.
static __attribute__((noinline)) void pg_field_slow(const unsigned char *field, size_t n, pg_record *r) {
    if (r->overflow) return;
    if (n > r->max_field_bytes) { r->overflow = 1; r->overflow_size = n; pg_record_fast_limits(r); return; }
    if (r->end_count >= r->max_fields) { r->overflow = 2; pg_record_fast_limits(r); return; }
    if (r->byte_count + n > r->max_record_bytes) { r->overflow = 3; pg_record_fast_limits(r); return; }
    if (r->byte_count + n > r->byte_capacity) {
        size_t capacity = r->byte_capacity;
        while (capacity < r->byte_count + n) capacity *= 2;
        unsigned char *grown = realloc(r->bytes, capacity);
        if (!grown) { r->overflow = 4; pg_record_fast_limits(r); return; }
        r->bytes = grown;
        r->byte_capacity = capacity;
    }
    if (r->end_count == r->end_capacity) {
        size_t *grown = realloc(r->ends, 2 * r->end_capacity * sizeof(size_t));
        if (!grown) { r->overflow = 4; pg_record_fast_limits(r); return; }
        r->ends = grown;
        r->end_capacity *= 2;
    }
    pg_record_fast_limits(r);
    pg_copy(r->bytes + r->byte_count, field, n);
    r->byte_count += n;
    r->ends[r->end_count++] = r->byte_count;
}

// libcsv's call for every field: in the common case three comparisons and a copy.
static inline void pg_field(void *field, size_t n, void *data) {
    pg_record *r = (pg_record *)data;
    size_t at = r->byte_count;
    if (n <= r->fast_field_bytes && at + n <= r->fast_record_bytes && r->end_count < r->fast_fields) {
        pg_copy(r->bytes + at, (const unsigned char *)field, n);
        r->byte_count = at + n;
        r->ends[r->end_count++] = at + n;
        return;
    }
    pg_field_slow((const unsigned char *)field, n, r);
}

static inline void pg_row(int terminator, void *data) {
    (void)terminator;
    ((pg_record *)data)->completed = 1;
}
