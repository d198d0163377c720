/*
 * Logical type annotations for the parquet fixture, modelled on the
 * parquet-format LogicalType union.  Written from scratch for the test suite.
 *
 * Exercises: many empty structs, unions whose members are empty structs,
 * required members inside structs that are members of a union, and
 * `deprecated` annotations on enum values and on the enum itself.
 */

namespace java com.example.parquet.format.logical
namespace cpp example.parquet.format
namespace py parquet_format.logical
namespace go parquet_logical

/**
 * Legacy type annotations.  Superseded by LogicalType but still written by
 * many writers, so readers must understand them.
 */
enum ConvertedType {
  /** UTF-8 encoded string. */
  UTF8 = 0;
  /** A map, encoded as a repeated key/value group. */
  MAP = 1;
  /** A key/value pair inside a MAP. */
  MAP_KEY_VALUE = 2 ( deprecated = "only written by very old writers" );
  /** A list, encoded as a repeated group. */
  LIST = 3;
  /** An enum, stored as a binary string. */
  ENUM = 4;
  /** A decimal with scale and precision in the SchemaElement. */
  DECIMAL = 5;
  /** Days since the unix epoch, stored in an INT32. */
  DATE = 6;
  /** Milliseconds since midnight, stored in an INT32. */
  TIME_MILLIS = 7;
  /** Microseconds since midnight, stored in an INT64. */
  TIME_MICROS = 8;
  /** Milliseconds since the epoch, stored in an INT64. */
  TIMESTAMP_MILLIS = 9;
  /** Microseconds since the epoch, stored in an INT64. */
  TIMESTAMP_MICROS = 10;
  /** Unsigned integers of various widths. */
  UINT_8 = 11;
  UINT_16 = 12;
  UINT_32 = 13;
  UINT_64 = 14;
  /** Signed integers of various widths. */
  INT_8 = 15;
  INT_16 = 16;
  INT_32 = 17;
  INT_64 = 18;
  /** Embedded JSON text. */
  JSON = 19;
  /** Embedded BSON document. */
  BSON = 20;
  /** Months, days and milliseconds in a 12-byte fixed array. */
  INTERVAL = 21;
} ( deprecated = "use LogicalType" )

/** Empty structs used as tags in the LogicalType union. */
struct StringType {}
struct UUIDType {}
struct MapType {}
struct ListType {}
struct EnumType {}
struct DateType {}
struct Float16Type {}

/** Logical type for values that are always null. */
struct NullType {}

/** Decimal: unscaled integer plus scale and precision. */
struct DecimalType {
  1: required i32 scale
  2: required i32 precision
}

/** Units of time, again as empty-struct members of a union. */
struct MilliSeconds {}
struct MicroSeconds {}
struct NanoSeconds {}

union TimeUnit {
  1: MilliSeconds MILLIS
  2: MicroSeconds MICROS
  3: NanoSeconds NANOS
}

/** Instant or local timestamp. */
struct TimestampType {
  1: required bool isAdjustedToUTC
  2: required TimeUnit unit
}

/** Time of day. */
struct TimeType {
  1: required bool isAdjustedToUTC
  2: required TimeUnit unit
}

/** Integer of a given width and signedness. */
struct IntType {
  1: required i8 bitWidth
  2: required bool isSigned
}

struct JsonType {}
struct BsonType {}

/** Exactly one member is set.  Field id 9 is retired and must not be reused. */
union LogicalType {
  1:  StringType STRING
  2:  MapType MAP
  3:  ListType LIST
  4:  EnumType ENUM
  5:  DecimalType DECIMAL
  6:  DateType DATE
  7:  TimeType TIME
  8:  TimestampType TIMESTAMP
  10: IntType INTEGER
  11: NullType UNKNOWN
  12: JsonType JSON
  13: BsonType BSON
  14: UUIDType UUID
  15: Float16Type FLOAT16
}

/** Handy constant: a UTF-8 string logical type. */
const LogicalType STRING_LOGICAL_TYPE = {"STRING": {}}

/** A microsecond-precision UTC timestamp. */
const LogicalType TIMESTAMP_MICROS_UTC = {
  "TIMESTAMP": {"isAdjustedToUTC": true, "unit": {"MICROS": {}}}
}
