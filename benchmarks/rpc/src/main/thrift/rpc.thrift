// The service of the RPC benchmarks: compiled by Parley and by Apache Thrift (and mirrored in
// src/main/proto/rpc.proto for gRPC). The User and Page payloads are those of the codec benchmark.
namespace java io.parley.bench.rpc.parley
namespace py rpcbench

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

service UserService {
  /** An empty call: the cost of the round trip and the envelope alone. */
  void ping()
  User getUser(1: i64 id)
  i64 createUser(1: User user)
  Page listUsers(1: i32 pageNumber)
}
