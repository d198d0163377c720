service Users { void ping() }
struct A {
  1: Users users
}
