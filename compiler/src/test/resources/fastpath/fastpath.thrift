// Every type a struct can hold, for the fast codecs of generated Python against the generic codec
// and Apache Thrift's Python library (fastpath_check.py). Fields are declared in id order, as
// Thrift's Python library writes them.
namespace py fastpath

enum Color { RED = 0, GREEN = 1, BLUE = 300 }

struct Leaf {
  1: i32 id
  2: optional string label
}

union Pick {
  1: i64 number
  2: string text
  3: Leaf leaf
  4: bool flag
}

exception Oops {
  1: string message
  2: i32 code
}

struct Every {
  1: bool flag
  2: i8 tiny
  3: i16 small
  4: i32 medium
  5: i64 large
  6: double ratio
  7: string text
  8: binary data
  9: Color color
  10: Leaf leaf
  11: list<i32> ints
  12: list<i64> longs
  13: set<string> tags
  14: map<string, i64> counts
  15: list<Leaf> leaves
  16: map<i32, list<string>> nested
  17: list<bool> flags
  18: list<double> doubles
  19: set<i16> shorts
  20: list<i8> octets
  21: map<Color, set<Color>> colors
  22: Pick pick
  23: list<list<i64>> matrix
  24: optional string maybe
  25: required string must
  26: optional Oops oops
  27: list<binary> blobs
  28: string withDefault = "dflt"
  29: list<i32> withListDefault = [1, 2]
  30: list<Color> palette
  31: set<i64> longSet
  32: optional bool maybeFlag
  47: bool farFlag
  300: i32 farInt
}

struct Tree {
  1: i32 value
  2: list<Tree> children
  3: optional Tree left
}

/** Reads Every's bytes: everything else is an unknown field to skip. */
struct Narrow {
  7: string text
  25: required string must
  300: i32 farInt
}
