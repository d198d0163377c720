include "types.thrift"
struct Order {
  1: types.Id id
  2: Unknown other
}
