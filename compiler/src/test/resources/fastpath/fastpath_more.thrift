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

/** Fields named like the decoders' own variables, module names and temporaries. */
struct Names {
  1: string buf
  2: list<i32> pos
  3: map<string,i64> end
  4: i64 depth
  5: bool lim
  6: double cls
  7: binary d
  8: i32 r
  9: string w
  10: list<i32> ttype
  11: map<string,i64> fid
  12: i64 kind
  13: bool value
  14: double members
  15: binary h
  16: i32 t
  17: string last
  18: list<i32> n0
  19: map<string,i64> c0
  20: i64 e0
  21: bool x0
  22: double z0
  23: binary b0
  24: i32 h0
  25: string rf
  26: list<i32> rx
  27: map<string,i64> x_v
  28: i64 x__v
  29: bool x
  30: double typing
  31: binary Fallback
  32: i32 ZIGZAG
}

/**
 * Named like the module's table of binary headers of string field 2, which Temporaries.a and this
 * struct's own field are written with: the class must not replace the table.
 */
struct _bh_s2 {
  2: string text
}
