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

// Defaults built per instance, and fields named like what generated code uses: Python's `self`
// and `d` in __init__, a field named like the type of its own default (Python keeps the
// dataclass decorator's methods for it; Java names that type qualified).
struct Defaults {
  1: list<string> names = ["a"]
  2: Account owner = {"id": 1}
  3: i32 self = 3
  4: i32 d
}

struct Shadowing {
  1: Status Status = Status.SUSPENDED
  2: Account Account = {"id": 2}
}
