/** Test-only IDL: generated into the test sources by the test-generate goal. */
namespace java io.parley.it.calc.probe

struct Probe {
  1: required string name
  2: list<i32> values
}
