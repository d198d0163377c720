struct Base { 1: i32 x }
service Child extends Base {
  void ping()
}
