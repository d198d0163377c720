struct User {
  1: id,
  2: string name
}
