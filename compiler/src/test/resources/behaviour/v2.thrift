// A later version of v1.thrift: a new enum value, new fields of every shape, a new union member.
namespace java behaviour.v2

enum Status { ACTIVE = 1, SUSPENDED = 2, CLOSED = 3 }

struct Extra { 1: string note, 2: list<map<string, i32>> deep }

struct Account {
  1: required i64 id
  2: string name = "anonymous"
  3: Status status = Status.ACTIVE
  4: optional list<string> tags
  5: optional double balance
  6: optional Extra extra
  7: optional set<i64> friends
  8: optional bool verified
  9: optional binary avatar
  10: optional map<i32, Extra> byId
}

union Contact {
  1: string email
  2: i64 phone
  3: string pager
}
