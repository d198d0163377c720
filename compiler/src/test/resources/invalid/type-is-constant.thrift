const i32 LIMIT = 10
struct A {
  1: LIMIT limit
}
