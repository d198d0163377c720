service Users {
  void ping()
  i32 count()
  void ping(1: i32 times)
}
