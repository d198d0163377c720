namespace java io.parley.it.broken

struct Item {
  1: required string sku
  string note
  2: required Quantity count
}

service Inventory {
  Item find(1: string sku) throws (1: Item notAnException)
}
