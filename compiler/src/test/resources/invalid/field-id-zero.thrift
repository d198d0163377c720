struct A {
  0: i32 x
}
