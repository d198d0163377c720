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
