# parley-args: --strict
struct A {
  i32 x
  2: i32 y
  string z
}
