/**
 * A product catalog: uses an included file, a union, enums, containers and constants.
 */
namespace java io.parley.examples.catalog
namespace py parley_examples.catalog.service

include "types.thrift"

/** One product. */
struct Product {
  1: required types.Sku sku
  2: required string name
  3: types.Money price = types.FREE
  4: list<string> tags = []
  5: map<string, string> attributes = {}
  6: optional types.Location location
  /** Per-currency prices that override `price`. */
  7: map<types.Currency, types.Money> localPrices = {}
}

/** A page of search results. */
struct Page {
  1: list<Product> products
  2: optional string nextToken
}

exception NoSuchProduct {
  1: types.Sku sku
}

const i32 MAX_PAGE_SIZE = 100
const list<string> FEATURED_TAGS = ["new", "sale"]
const map<string, types.Currency> CURRENCY_BY_COUNTRY = {"DE": types.Currency.EUR, "US": types.Currency.USD}
const Product SAMPLE = {
  "sku": "sku-1",
  "name": "Sample",
  "tags": ["new"],
  "location": {"aisle": "A3"}
}

service Catalog {
  Product get(1: types.Sku sku) throws (1: NoSuchProduct missing)
  Page search(1: string query, 2: i32 pageSize = MAX_PAGE_SIZE, 3: string pageToken = "")
  void put(1: Product product)
}
