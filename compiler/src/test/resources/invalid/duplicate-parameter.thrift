service Users {
  void rename(1: i32 id, 2: string name, 3: string name)
}
