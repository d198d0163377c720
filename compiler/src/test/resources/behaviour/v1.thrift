namespace java behaviour.v1

enum Status { ACTIVE = 1, SUSPENDED = 2 }

struct Account {
  1: required i64 id
  2: string name = "anonymous"
  3: Status status = Status.ACTIVE
  4: optional list<string> tags
}

union Contact {
  1: string email
  2: i64 phone
}

exception Refused {
  1: string message
  2: i32 code
}

// Collections of every kind, nested: builders and union factories store immutable copies.
struct Bag {
  1: list<string> names
  2: set<i32> numbers
  3: map<string, list<i32>> groups
  4: list<set<string>> nested
  5: map<map<string, i32>, map<string, i32>> mapped
}

union Choice {
  1: list<string> options
  2: string one
  3: map<string, list<i32>> table
}

// Fields named like the classes generated code calls: those classes stay qualified.
struct Shadows {
  1: list<string> Values
  2: map<string, i32> Objects
  3: map<string, i32> DecodedMap
}
