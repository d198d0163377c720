/** Found through the includePaths parameter, outside the source directory. */
namespace java io.parley.it.shared

struct Money {
  1: required string currency
  2: required i64 cents
}
