struct Order {
  1: Customer customer
  2: list<LineItem> items
  3: map<string, Price> prices
}
