service Base { void ping() }
service Child extends Base {
  void ping()
}
