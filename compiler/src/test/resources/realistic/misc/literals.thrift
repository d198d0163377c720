/*
 * Literal syntax and default values of every kind: decimal, signed and hex
 * integers, doubles with exponents, single- and double-quoted strings with
 * escapes, booleans as true/false and 0/1, enum values, constants that name
 * other constants, lists/sets/maps (nested, with enum/int/bool keys), and
 * struct and union literals used as constants, field defaults and argument
 * defaults.
 */

namespace java com.example.misc.literals
namespace py example.misc.literals
namespace netstd Example.Misc.Literals

const i8 SMALLEST_I8 = -128
const i16 LARGEST_I16 = 32767
const i32 PLUS_SIGNED = +42
const i32 HEX_MASK = 0xFF00FF
const i32 HEX_MAX = 0x7FFFFFFF
const i32 HEX_NEGATIVE = -0x10
const i64 I64_NEGATIVE = -2147483648

const double NEGATIVE_DOUBLE = -0.5
const double AVOGADRO = 6.02214076e23
const double PLANCK = 6.62607015E-34
const double TINY = -1.5e-300
const double NO_LEADING_DIGIT = .25
const double INT_AS_DOUBLE = 7

const bool YES = true
const bool NO_AS_INT = 0

const string DOUBLE_QUOTED = "double \"quoted\" text"
const string SINGLE_QUOTED = 'single "quoted" text with a \' inside'
const string ESCAPES = "tab:\t newline:\n cr:\r backslash:\\"
const string UNICODE_TEXT = "naïve café – ünïcödé"
const string COPY_OF_CONST = DOUBLE_QUOTED
const binary BINARY_CONST = "raw bytes"

enum Level { NEG = -1, LOW = 0, MID = 0x10, HIGH = 100, MAX = 2147483647 }

const Level DEFAULT_LEVEL = Level.MID
const Level LEVEL_FROM_INT = 100

const list<i32> PRIMES = [2, 3, 5, 7, 11, 13,]
const list<string> SEMICOLONS = ["x"; 'y'; "z"]
const list<double> DOUBLES = [1.0, -2.5e3, 0x10, 4]
const list<list<i32>> MATRIX = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
const set<Level> LEVELS = [Level.LOW, Level.HIGH]
const set<i64> EMPTY_SET = []
const map<i32, string> BY_CODE = {200: "OK", 404: 'Not Found', -1: "unknown", 0x1F4: "Server Error"}
const map<Level, list<string>> LEVEL_NAMES = {Level.LOW: ["low", "l"], Level.HIGH: ["high", "h"]}
const map<string, map<string, set<i32>>> NESTED = {"outer": {"inner": [1, 2, 3], "empty": []}, "other": {}}
const map<bool, double> BOOL_KEYS = {true: 1.0, false: 0.0}

struct Point {
  1: required double x = 0.0,
  2: required double y = 0.0,
}

struct Box {
  1: Point topLeft = {"x": 0, "y": 0},
  2: Point bottomRight = {"x": 1.0, "y": -1.0e0},
  3: optional string label = 'unnamed',
}

union Value {
  1: i64 intValue,
  2: double doubleValue,
  3: string stringValue,
  4: list<Value> listValue,
}

/** A default value for every kind of field type. */
struct Defaults {
  1: bool flag = true,
  2: i8 tiny = -8,
  3: i16 small = 0x7FFF,
  4: i32 medium = -100000,
  5: i64 large = 987654321,
  6: double ratio = 1.5e-3,
  7: string text = "default",
  8: binary bytes = "AQID",
  9: Level level = Level.LOW,
  10: list<string> names = ["alice", "bob"],
  11: set<i16> ports = [80, 443, 8080],
  12: map<string, double> weights = {"a": 0.5, "b": 1e2},
  13: Point origin = {"x": 0.0, "y": 0.0},
  14: list<Point> path = [{"x": 1, "y": 2}, {"x": 3.5, "y": -4.5}],
  15: map<string, Box> boxes = {"unit": {"topLeft": {"x": 0, "y": 1}, "bottomRight": {"x": 1, "y": 0}}},
  16: Value value = {"stringValue": "hello"},
  17: list<Value> values = [{"intValue": 1}, {"listValue": [{"doubleValue": 2.0}]}],
  18: i32 fromConst = PLUS_SIGNED,
  19: list<i32> listFromConst = PRIMES,
  20: optional map<Level, string> levelLabels = {Level.LOW: "low", Level.HIGH: "high"},
  21: required list<list<i32>> grid = [[], [1], [1, 2]],
}

const Box UNIT_BOX = {"topLeft": {"x": 0, "y": 1}, "bottomRight": {"x": 1, "y": 0}, "label": "unit"}
const list<Point> TRIANGLE = [{"x": 0, "y": 0}, {"x": 1, "y": 0}, {"x": 0.5, "y": 0.866}]
const Value NESTED_VALUE = {"listValue": [{"intValue": 1}, {"listValue": [{"stringValue": "deep"}]}]}
const Defaults ALL_DEFAULTS = {}
const Defaults SOME_OVERRIDES = {"flag": false, "level": Level.HIGH, "names": [], "origin": {"x": -1, "y": -1}}

service LiteralService {
  Box grow(1: Box box = {"label": "grown"}, 2: double factor = 2.0e0),
  list<Point> sample(1: i32 count = 10, 2: Level level = Level.MID, 3: set<string> tags = ["a", "b"]),
  Value echo(1: Value value = {"intValue": -1}),
  map<string, i32> lengths(1: list<string> words = SEMICOLONS),
}
