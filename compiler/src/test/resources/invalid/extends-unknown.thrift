service Child extends Missing {
  void ping()
}
