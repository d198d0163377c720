namespace java io.parley.it.shop

include "status.thrift"
include "money.thrift"

struct Order {
  1: required i64 id
  2: required money.Money total
  3: status.Status status = status.Status.OPEN
}

service Orders {
  Order find(1: i64 id)
}
