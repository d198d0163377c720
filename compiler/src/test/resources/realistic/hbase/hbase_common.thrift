/*
 * Shared typedefs and enums for the two HBase-style service fixtures in this
 * folder (Hbase.thrift, the old "thrift1" gateway, and THBaseService.thrift,
 * the later "thrift2" gateway).  Written from scratch for the test suite.
 */

namespace java com.example.hbase.thrift.common
namespace cpp example.hbase.common
namespace py hbase_common
namespace rb Example.HbaseCommon
namespace perl Example.HbaseCommon
namespace php HbaseCommon

/** Opaque bytes that are expected to be valid UTF-8 text. */
typedef binary Text

/** Arbitrary bytes. */
typedef binary Bytes

/** Handle returned by the scanner-open calls. */
typedef i32 ScannerID

/** A row key is just bytes. */
typedef Bytes RowKey

/** Family name, or "family:qualifier". */
typedef Text ColumnName

/** Milliseconds since the epoch; the server's notion of a cell version. */
typedef i64 Timestamp

/** Server-side block compression for a column family. */
enum TCompressionAlgorithm {
  NONE = 0,
  GZ = 1,
  LZO = 2,
  SNAPPY = 3,
  LZ4 = 4,
  BZIP2 = 5,
  ZSTD = 6,
}

enum TBloomFilterType {
  /** Filter disabled. */
  NONE = 0,
  /** Keyed on the row only. */
  ROW = 1,
  /** Keyed on row plus family and qualifier. */
  ROWCOL = 2,
  /** Keyed on a fixed-length prefix of the row. */
  ROWPREFIX_FIXED_LENGTH = 3,
}

/** "Latest" timestamp sentinel used when the client does not pick one. */
const Timestamp LATEST_TIMESTAMP = 0x7fffffff
const i32 DEFAULT_MAX_VERSIONS = 3
const i32 DEFAULT_SCANNER_CACHING = 100
