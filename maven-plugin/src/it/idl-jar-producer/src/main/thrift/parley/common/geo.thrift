/** Shared types, shipped in this project's jar as parley/common/geo.thrift. */
namespace java io.parley.it.common
namespace py parley_it.common

struct Point {
  1: required double lat
  2: required double lon
}
