/** Every construct of the Thrift IDL, checked against the linked schema. */

include "shared.thrift"
include 'sub/common.thrift'
include "extra.thrift"
cpp_include "<vector>"
namespace java io.parley.fixtures ( java.annotation = "kept" )
namespace py fixtures.everything
namespace py.twisted fixtures.twisted
namespace * fixtures.all

# hash comment
// slash comment
/* block comment */

/** Doc for a typedef chain. */
typedef shared.Timestamp When
typedef When Moment (moment.annotation = "x")
typedef list<Moment> Moments
typedef binary Blob
typedef uuid Id

const i8 SMALL = -128
const i16 MEDIUM = 0x7fff
const i32 WITH_TRUE = true
const i64 BIG = 9223372036854775807
const double RATIO = 1.5e3
const double WHOLE = 2
const bool YES = true
const bool NO = 0
const string GREETING = 'it\'s "quoted"\n'
const Blob BYTES = "raw"
const Id THE_ID = "01234567-89ab-cdef-0123-456789abcdef"
const list<string> NAMES = ["a", "b"; "c",]
const set<i32> PRIMES = [2, 3, 5, 7]
const map<string, list<i32>> NESTED = {"one": [1], "two": [1, 2]}
const map<shared.Color, string> COLOR_NAMES = {shared.Color.RED: "red", 16: "blue"}
const shared.Color FAVOURITE = shared.Color.BLUE
const shared.Color BARE = GREEN
const i32 FROM_SHARED = shared.MAX_ITEMS
const i32 FROM_ENUM = shared.Color.GREEN
const i32 COPY = FROM_SHARED
const Point ORIGIN = {"x": 0, "y": 0.5, "label": "origin"}
const list<Point> CORNERS = [{"x": 1, "y": 1}, ORIGIN]
const Shape UNIT_CIRCLE = {"circle": 1}
const Moment EPOCH = 0

/** A point; declared after the constants that use it. */
struct Point {
  1: double x
  2: double y
  3: optional string label = "unnamed" (label.annotation = "yes")
}

/** One of several shapes. */
union Shape {
  1: double circle
  2: Point point
  3: list<Point> polygon
}

/** A recursive tree. */
struct Node {
  1: required string name
  2: list<Node> children = []
  3: optional Node parent
  4: map<string, Node> byName = {}
  5: Moments stamps
  6: i8 small
  7: byte legacy
  8: i16 medium
  9: i32 number
  10: i64 large
  11: double ratio
  12: bool flag = YES
  13: string text
  14: binary data
  15: uuid id
  16: set<shared.Color> colors = [shared.Color.RED]
  17: common.Audit audit
  18: shared.Money price = {"units": 5}
  19: Shape shape
  20: extra.Extra extra
  21: string service
  22: i32 list (keyword.named = "field")
  23: Blob & reference
  24: list<map<string, set<i32>>> deep
}

exception NotFound {
  1: string key
  2: When when
} (exception.annotation = "e")

/** Implicit ids are negative, as in Thrift. */
struct Legacy {
  string first
  2: string second
  string third
}

/** A service that extends one from another file. */
service Store extends shared.BaseService {
  /** Gets a node. */
  Node get(1: string key) throws (1: NotFound notFound, 2: shared.SharedError shared),
  void put(1: string key, 2: Node value = {"name": "default"});
  oneway void forget(1: string key)
  async void legacyOneway()
  Moments history(1: Id id) (method.annotation = "m")
  map<string, i32> counts()
} (service.annotation = "s")

service Admin extends Store {
  void reset()
}

/** Fields named like the variables of generated decoders and writers. */
struct Scratch {
  1: i32 wireType
  2: i32 header
  3: string values
  4: i32 last
  5: i32 that
  6: i32 kind
  7: i32 value
  8: i32 builder
  9: i32 text
  10: list<i32> n0
  11: map<string, i32> c0
  12: i32 pos
  13: required i32 buf
  14: bool h
  15: i32 t
}
