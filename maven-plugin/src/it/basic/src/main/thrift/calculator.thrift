/** A calculator with a typed exception. */
namespace java io.parley.it.calc
namespace py parley_it.calc

enum Operation {
  ADD = 1,
  SUBTRACT = 2,
  MULTIPLY = 3,
  DIVIDE = 4
}

struct Work {
  1: required i32 left
  2: required i32 right
  3: Operation op = Operation.ADD
  4: optional string comment
}

exception InvalidOperation {
  1: Operation op
  2: string why
}

service Calculator {
  void ping()
  i32 add(1: i32 left, 2: i32 right = 1)
  i32 calculate(1: Work work) throws (1: InvalidOperation invalid)
}
