// The payloads of the codec benchmarks: the same IDL is compiled by Parley and by Apache Thrift.
namespace java io.parley.bench.parley
namespace py bench

struct Small {
  1: i32 id
  2: string name
  3: bool active
}

enum Role { USER = 1, ADMIN = 2, GUEST = 3 }

/** Twelve fields, a non-ASCII string and a list<i32>. */
struct User {
  1: i64 id
  2: string username
  3: string displayName
  4: string email
  5: i32 age
  6: double score
  7: bool verified
  8: Role role
  9: i64 createdAt
  10: list<i32> groupIds
  11: optional string bio
  12: map<string, string> attributes
}

struct Page {
  1: list<User> users
  2: i32 pageNumber
  3: bool hasMore
}

struct Blob {
  1: i64 id
  2: binary data
}
