/** Found beside the file that includes it. */
namespace java io.parley.it.shop

enum Status {
  OPEN = 1,
  PAID = 2
}
