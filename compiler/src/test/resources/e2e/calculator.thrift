// The service the end-to-end tests call over loopback sockets.
namespace java e2e.calc

include "base.thrift"

enum Op { ADD = 1, DIVIDE = 4 }

struct Work {
  1: required i32 left
  2: required i32 right
  3: Op op = Op.ADD
}

exception InvalidOperation {
  1: Op op
  2: string why
}

service Calculator extends base.Admin {
  i32 calculate(1: Work work) throws (1: InvalidOperation invalid)
  void fail(1: string message)
  oneway void log(1: string message)
  list<string> echo(1: list<string> words)
}
