// Keywords may name fields, but nothing else.
struct list {
  1: i32 x
}
