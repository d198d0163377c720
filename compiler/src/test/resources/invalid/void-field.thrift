struct A {
  1: void nothing
}
