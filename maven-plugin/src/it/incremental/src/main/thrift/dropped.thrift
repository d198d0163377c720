namespace java io.parley.it.inc.dropped

struct Dropped {
  1: required string name
}
