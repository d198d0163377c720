// Excluded by the fixture's <excludes>: never compiled, never packaged.
struct Unfinished {
  1: required NoSuchType field
