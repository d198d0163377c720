// Warnings alone do not fail the build: exit code 0.
struct A {
  1: map<set<string>, i32> bySet
}
