/*
 * Annotations ( key = "value" ) in every position Apache Thrift accepts:
 * namespaces, base types and container types (inside typedefs, fields and
 * arguments), typedefs, enums and enum values, structs, unions, exceptions,
 * fields, services and functions.  Values are double- or single-quoted, and
 * a key may have no value at all.  Also cpp_include and the legacy
 * `cpp_type` container syntax.
 */

namespace java com.example.misc.annotated ( java.annotations.marker = "generated" )
namespace cpp example.misc.annotated
namespace py example.misc.annotated

cpp_include "<unordered_map>"
cpp_include "<unordered_set>"
cpp_include '<deque>'

// annotations on the aliased type, on the typedef itself, or on both
typedef i32 ( cpp.type = "int32_t" ) Int32Alias
typedef i64 MicrosSinceEpoch ( units = "microseconds", cpp.type = "std::int64_t" )
typedef map<string, string> ( cpp.template = "std::unordered_map" ) HeaderMap ( doc.kind = 'headers' )
typedef set<string> ( cpp.template = 'std::unordered_set' ) TagSet
// legacy `cpp_type` spelling for container types
typedef map cpp_type "std::map<int32_t, std::string>" <i32, string> LegacyIndex

typedef binary Blob ( cpp.type = "std::string" );

/** Enum with annotations on values and on the enum. */
enum Color {
  RED = 1 ( hex = "#ff0000" ),
  GREEN = 2 ( hex = "#00ff00", display = 'Green' ),
  BLUE = 3 ( hex = "#0000ff" ),
  /** Value-less annotation keys. */
  TRANSPARENT = 0 ( deprecated, hidden ),
} ( cpp.enum_type = "uint8_t", since = "1.2" )

/** Field annotations after the name, after a default and before separators. */
struct Pixel {
  1: required i16 x ( min = "0", max = "4095" ),
  2: required i16 y ( min = "0", max = "4095" );
  3: optional Color color = Color.RED ( doc.note = "defaults to red" ),
  4: optional double alpha = 1.0 ( range = "[0,1]" )
  5: optional list<i32> ( cpp.template = "std::deque" ) history ( bounded = "true" ),
  6: optional Int32Alias layer,
} ( cpp.name = "PixelT", python.slots = "false", final )

struct Image {
  1: required string name ( maxlen = '255' ),
  2: required list<Pixel> pixels,
  3: optional HeaderMap headers = {},
  4: optional TagSet tags = [],
  5: optional map<i32, list<Pixel>> ( cpp.template = "std::unordered_map" ) layers,
  6: optional MicrosSinceEpoch takenAt,
  7: optional Blob thumbnail,
  8: optional LegacyIndex index,
} ( table = "images", owner = 'media-team' )

union Shape {
  1: Pixel point ( role = "degenerate" ),
  2: list<Pixel> polygon,
  3: double radius,
} ( union.kind = "tagged" )

exception ImageError {
  1: string message ( sensitive = "false" ),
  2: i32 code = 500,
} ( retryable = "false", java.final = "true" )

/** Annotations on functions (after throws), on arguments, and on the service. */
service ImageService {
  Image fetch(1: string name ( path_param = "true" ))
    throws (1: ImageError error) ( http.method = "GET", http.path = "/images/{name}" ),

  void store(1: Image image, 2: bool overwrite = false ( query_param = "true" ))
    throws (1: ImageError error) ( http.method = "PUT", idempotent ),

  oneway void touch(1: string name) ( priority = 'low' ),

  list<Shape> outline(1: string name, 2: Color highlight = Color.BLUE) ( cache.ttl = "60" );
} ( service.version = "2", owner = "media-team" )
