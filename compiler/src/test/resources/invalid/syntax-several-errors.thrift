// Recovery goes on after each error, so all three are reported.
struct A {
  1: i32 = 5
}
struct B {
  1: map<string> names
}
service C {
  void ping(1: i32)
}
