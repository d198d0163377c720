# parley-args: --strict
struct Key { 1: i32 id }
struct A {
  1: map<list<i32>, string> byList
  2: set<Key> keys
}
