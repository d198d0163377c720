struct A {
  40000: i32 x
  32767: i32 y
}
