typedef i64 Id
struct Broken {
  1: NoSuchType x
}
