struct User {
  1: i32 id
  2: string name

service Users {
  User get(1: i32 id)
}
