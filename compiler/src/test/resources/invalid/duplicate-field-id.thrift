struct User {
  1: i32 id
  2: string name
  2: string email
}
