include "shared.thrift"
struct Order {
  1: shared.Customer customer
  2: shared.Address address
}
