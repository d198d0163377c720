/*
 * Test fixture in the style of the second-generation HBase Thrift gateway
 * ("thrift2").  Written from scratch for the test suite.
 *
 * Exercises: a union of structs (TMutation), enums with explicit and implicit
 * values, enum-typed fields with enum defaults, optional binary fields,
 * typedefs taken from an included file, struct-typed default values,
 * exceptions with optional members and a large service where most methods
 * throw the same two exceptions.
 */

include "hbase_common.thrift"

namespace java com.example.hbase.thrift2.generated
namespace cpp example.hbase.thrift2
namespace rb Example.Hbase2
namespace py hbase.thrift2
namespace perl Example.Hbase2
namespace netstd Example.Hbase2

struct TTimeRange {
  1: required hbase_common.Timestamp minStamp,
  2: required hbase_common.Timestamp maxStamp
}

/** A family, and optionally one qualifier and timestamp within it. */
struct TColumn {
  1: required binary family,
  2: optional binary qualifier,
  3: optional i64 timestamp
}

/** A cell to write or a cell that was read. */
struct TColumnValue {
  1: required binary family,
  2: required binary qualifier,
  3: required binary value,
  4: optional i64 timestamp,
  5: optional binary tags,
  6: optional i8 valueKind
}

struct TColumnIncrement {
  1: required binary family,
  2: required binary qualifier,
  3: optional i64 amount = 1
}

/** Result of a get or of one scanner step. */
struct TResult {
  1: optional binary row,
  2: required list<TColumnValue> columnValues,
  3: optional bool stale = false,
  4: optional bool partial = false
}

/** Which kind of delete a TDelete performs. */
enum TDeleteType {
  DELETE_COLUMN = 0,
  DELETE_COLUMNS = 1,
  DELETE_FAMILY = 2,
  DELETE_FAMILY_VERSION = 3
}

/** Write-ahead-log durability of a mutation. */
enum TDurability {
  USE_DEFAULT = 0,
  SKIP_WAL = 1,
  ASYNC_WAL = 2,
  SYNC_WAL = 3,
  FSYNC_WAL = 4
}

enum TConsistency {
  STRONG = 1,
  TIMELINE = 2
}

/** Comparison used by checkAndMutate. */
enum TCompareOperator {
  LESS,
  LESS_OR_EQUAL,
  EQUAL,
  NOT_EQUAL,
  GREATER_OR_EQUAL,
  GREATER,
  NO_OP
}

struct TCellVisibility {
  1: optional string expression
}

struct TGet {
  1: required binary row,
  2: optional list<TColumn> columns,
  3: optional i64 timestamp,
  4: optional TTimeRange timeRange,
  5: optional i32 maxVersions,
  6: optional binary filterString,
  7: optional map<binary, binary> attributes,
  9: optional TConsistency consistency = TConsistency.STRONG,
  10: optional i32 targetReplicaId,
  11: optional bool cacheBlocks,
  12: optional i32 storeLimit,
  13: optional i32 storeOffset,
  14: optional bool existence_only,
  15: optional binary filterBytes
}

struct TPut {
  1: required binary row,
  2: required list<TColumnValue> columnValues
  3: optional i64 timestamp,
  5: optional map<binary, binary> attributes,
  6: optional TDurability durability = TDurability.USE_DEFAULT,
  7: optional TCellVisibility cellVisibility
}

struct TDelete {
  1: required binary row,
  2: optional list<TColumn> columns,
  3: optional i64 timestamp,
  4: optional TDeleteType deleteType = TDeleteType.DELETE_COLUMNS,
  6: optional map<binary, binary> attributes,
  7: optional TDurability durability
}

struct TIncrement {
  1: required binary row,
  2: required list<TColumnIncrement> columns,
  4: optional map<binary, binary> attributes,
  5: optional TDurability durability,
  6: optional TCellVisibility cellVisibility,
  7: optional bool returnResults = true
}

struct TAppend {
  1: required binary row,
  2: required list<TColumnValue> columns,
  3: optional map<binary, binary> attributes,
  4: optional TDurability durability,
  5: optional TCellVisibility cellVisibility,
  6: optional bool returnResults
}

struct TScan {
  1: optional binary startRow,
  2: optional binary stopRow,
  3: optional list<TColumn> columns
  4: optional i32 caching = hbase_common.DEFAULT_SCANNER_CACHING,
  5: optional i32 maxVersions = 1,
  6: optional TTimeRange timeRange = {"minStamp": 0, "maxStamp": 0x7fffffff},
  7: optional binary filterString,
  8: optional i32 batchSize,
  9: optional map<binary, binary> attributes,
  11: optional bool reversed,
  12: optional bool cacheBlocks,
  13: optional map<binary, TTimeRange> colFamTimeRangeMap,
  15: optional i32 limit,
  16: optional TConsistency consistency,
  17: optional i32 targetReplicaId,
  18: optional binary filterBytes
}

/** Exactly one of a put or a delete. */
union TMutation {
  1: TPut put,
  2: TDelete deleteSingle
}

/** Several mutations applied atomically to one row. */
struct TRowMutations {
  1: required binary row,
  2: required list<TMutation> mutations
}

struct THRegionInfo {
  1: required i64 regionId,
  2: required binary tableName,
  3: optional binary startKey,
  4: optional binary endKey,
  5: optional bool offline,
  6: optional bool split,
  7: optional i32 replicaId
}

struct TServerName {
  1: required string hostName,
  2: optional i32 port,
  3: optional i64 startCode
}

struct THRegionLocation {
  1: required TServerName serverName,
  2: required THRegionInfo regionInfo
}

struct TTableName {
  1: optional binary ns,
  2: required binary qualifier
}

struct TColumnFamilyDescriptor {
  1: required binary name,
  2: optional map<binary, binary> attributes,
  3: optional map<string, string> configuration,
  4: optional i32 blockSize,
  5: optional hbase_common.TBloomFilterType bloomnFilterType = hbase_common.TBloomFilterType.ROW,
  6: optional hbase_common.TCompressionAlgorithm compressionType = hbase_common.TCompressionAlgorithm.NONE,
  7: optional i16 dfsReplication,
  8: optional i32 maxVersions = hbase_common.DEFAULT_MAX_VERSIONS,
  9: optional i32 minVersions = 0,
  10: optional i32 timeToLive = 2147483647,
  11: optional bool blockCacheEnabled = true,
  12: optional bool inMemory = false
}

struct TTableDescriptor {
  1: required TTableName tableName,
  2: optional list<TColumnFamilyDescriptor> columns,
  3: optional map<binary, binary> attributes,
  4: optional TDurability durability
}

/** Anything that went wrong on the server while talking to HBase. */
exception TIOError {
  1: optional string message,
  2: optional bool canRetry
}

/** The request was malformed. */
exception TIllegalArgument {
  1: optional string message
}

service THBaseService {
  bool exists(1: required binary table, 2: required TGet tget) throws (1: TIOError io)

  TResult get(1: required binary table, 2: required TGet tget) throws (1: TIOError io)

  list<TResult> getMultiple(1: required binary table, 2: required list<TGet> tgets)
    throws (1: TIOError io)

  void put(1: required binary table, 2: required TPut tput) throws (1: TIOError io)

  bool checkAndPut(1: required binary table, 2: required binary row, 3: required binary family,
                   4: required binary qualifier, 5: binary value, 6: required TPut tput)
    throws (1: TIOError io)

  void putMultiple(1: required binary table, 2: required list<TPut> tputs) throws (1: TIOError io)

  void deleteSingle(1: required binary table, 2: required TDelete tdelete) throws (1: TIOError io)

  /** Returns the deletes that could not be applied. */
  list<TDelete> deleteMultiple(1: required binary table, 2: required list<TDelete> tdeletes)
    throws (1: TIOError io)

  bool checkAndDelete(1: required binary table, 2: required binary row, 3: required binary family,
                      4: required binary qualifier, 5: binary value, 6: required TDelete tdelete)
    throws (1: TIOError io)

  TResult increment(1: required binary table, 2: required TIncrement tincrement)
    throws (1: TIOError io)

  TResult append(1: required binary table, 2: required TAppend tappend) throws (1: TIOError io)

  hbase_common.ScannerID openScanner(1: required binary table, 2: required TScan tscan)
    throws (1: TIOError io)

  list<TResult> getScannerRows(1: required hbase_common.ScannerID scannerId, 2: i32 numRows = 1)
    throws (1: TIOError io, 2: TIllegalArgument ia)

  void closeScanner(1: required hbase_common.ScannerID scannerId)
    throws (1: TIOError io, 2: TIllegalArgument ia)

  void mutateRow(1: required binary table, 2: required TRowMutations trowMutations)
    throws (1: TIOError io)

  THRegionLocation getRegionLocation(1: required binary table, 2: required binary row,
                                     3: bool reload) throws (1: TIOError io)

  list<THRegionLocation> getAllRegionLocations(1: required binary table) throws (1: TIOError io)

  bool checkAndMutate(1: required binary table, 2: required binary row, 3: required binary family,
                      4: required binary qualifier, 5: required TCompareOperator compareOp,
                      6: binary value, 7: required TRowMutations rowMutations)
    throws (1: TIOError io)

  TTableDescriptor getTableDescriptor(1: required TTableName table) throws (1: TIOError io)

  bool tableExists(1: TTableName tableName) throws (1: TIOError io)

  void createTable(1: required TTableDescriptor desc, 2: list<binary> splitKeys)
    throws (1: TIOError io)

  void deleteTable(1: required TTableName tableName) throws (1: TIOError io)

  void enableTable(1: required TTableName tableName) throws (1: TIOError io)

  void disableTable(1: required TTableName tableName) throws (1: TIOError io)

  string getThriftServerType()
}
