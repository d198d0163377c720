/**
 * Types shared by the other fixtures.
 */
namespace java io.parley.fixtures.shared
namespace py fixtures.shared

/** A colour. */
enum Color {
  RED = 1,
  /** Implicit value: previous plus one. */
  GREEN,
  BLUE = 0x10;
  NEGATIVE = -3
  AFTER_NEGATIVE
}

typedef i64 Timestamp

const i32 MAX_ITEMS = 100
const Color DEFAULT_COLOR = Color.GREEN

struct Money {
  1: required i64 units
  2: optional string currency = "EUR"
}

exception SharedError {
  1: string message
  2: i32 code = MAX_ITEMS
}

service BaseService {
  string version()
}
