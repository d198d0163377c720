struct A {
  -5: i32 x
}
