/**
 * A calculator: the smallest useful service, with a typed exception.
 *
 * Check it with:  ./parley check idl-examples/calculator.thrift
 */
namespace java io.parley.examples.calculator
namespace py parley_examples.calculator

/** The four operations the calculator knows. */
enum Operation {
  ADD = 1,
  SUBTRACT = 2,
  MULTIPLY = 3,
  DIVIDE = 4
}

/** One step of work: `left op right`. */
struct Work {
  1: required i32 left
  2: required i32 right
  3: Operation op = Operation.ADD
  /** A free-form note, echoed in errors. */
  4: optional string comment
}

/**
 * Thrown when an operation cannot be carried out, e.g. a division by zero.
 * It reaches the caller as this type, with its fields, in Java and Python alike.
 */
exception InvalidOperation {
  1: Operation op
  2: string why
}

service Calculator {
  /** Answers at once: a liveness check. */
  void ping()

  /** Adds two numbers; `right` defaults to 1, so add(x) is an increment. */
  i32 add(1: i32 left, 2: i32 right = 1)

  /** Carries out one step of work. */
  i32 calculate(1: Work work) throws (1: InvalidOperation invalid)

  /** Fire and forget: the server logs the message, the caller does not wait. */
  oneway void log(1: string message)
}
