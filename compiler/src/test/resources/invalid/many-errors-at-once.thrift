// Unrelated mistakes in one file are all reported, in source order.
struct User {
  1: i32 id
  1: string name
  2: Missing thing
}
const i8 TOO_BIG = 1000
service Users extends User {
  oneway string fire()
}
