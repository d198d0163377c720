# parley-args: --strict
struct A {
  1: byte b
  2: list<i32> cpp_type "std::vector<int>" xs
}
service S { async void fire() }
