/**
 * Shared types of the catalog example: an enum, a union and constants that other files include.
 */
namespace java io.parley.examples.catalog.types
namespace py parley_examples.catalog.types

typedef string Sku

/** Currencies the catalog prices in. */
enum Currency {
  EUR = 1,
  USD = 2,
  /** Added later: older readers keep it as an unknown value instead of failing. */
  CHF = 3
}

/** An amount in the smallest unit of its currency (cents), so no rounding ever happens. */
struct Money {
  1: required i64 amount
  2: Currency currency = Currency.EUR
}

/** Where a product can be found: exactly one of these is set. */
union Location {
  1: string aisle
  2: i32 warehouseBin
  3: string url
}

const Money FREE = {"amount": 0}
const set<Currency> ACCEPTED = [Currency.EUR, Currency.USD]
