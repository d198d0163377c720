struct Order {
  1: shared.Customer customer
}
