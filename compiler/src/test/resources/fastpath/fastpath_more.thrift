// Parley-only cases for the fast codecs of generated Python (Apache Thrift 0.17 has no uuid).
namespace py fastpath_more

struct WithUuid {
  1: uuid id
  2: list<uuid> ids
  3: map<uuid, string> byId
}

/** Leaf's fields written in the other order: a reader of Leaf finds them out of order. */
struct LeafBackwards {
  2: optional string label
  1: i32 id
}

/** Ids that go down and jump by more than 15: long-form compact headers. */
struct OddIds {
  5: i32 five
  3: bool three
  2000: string big
  100: bool hundred
  99: i64 ninetyNine
  1: i16 one
}

/** All optional: every combination of present fields takes another path through the decoder. */
struct Sparse {
  1: optional i32 a
  2: optional string b
  3: optional bool c
  4: optional list<i32> d
  5: optional double e
}

/**
 * Fields named like the decoders' temporaries of other fields (a's length is read into a local
 * named after a plus "_n0"): each must keep its own value.
 */
struct Temporaries {
  1: i32 a_n0
  2: string a
  3: list<i32> b_c0
  4: list<string> b
  5: i64 c_x0
  6: map<string, i32> c
  7: i32 d_e0
  8: binary d
}
