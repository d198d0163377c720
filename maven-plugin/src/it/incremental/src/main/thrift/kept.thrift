namespace java io.parley.it.inc

struct Kept {
  1: required string name
}
