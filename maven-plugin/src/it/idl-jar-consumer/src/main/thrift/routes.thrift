namespace java io.parley.it.routes

// Not in this project: found in the idl-jar-producer dependency's jar.
include "parley/common/geo.thrift"

struct Route {
  1: required string name
  2: list<geo.Point> points
}
