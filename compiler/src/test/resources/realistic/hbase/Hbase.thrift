/*
 * Test fixture in the style of the original HBase Thrift gateway ("thrift1").
 * Written from scratch for the test suite.
 *
 * Exercises: binary typedefs from an included file used as parameter and
 * field types, struct fields with bool/i32/string defaults, a service whose
 * methods take map<Text, Text> "attributes" arguments, i32 scanner handles,
 * and functions that only declare one exception.
 */

include "hbase_common.thrift"

namespace java com.example.hbase.thrift
namespace cpp example.hbase
namespace rb Example.Hbase
namespace py hbase
namespace perl Example.Hbase
namespace php Hbase

typedef hbase_common.Text Text
typedef hbase_common.Bytes Bytes
typedef hbase_common.ScannerID ScannerID
typedef map<Text, Text> Attributes

/** One version of one cell. */
struct TCell {
  1: Bytes value,
  2: i64 timestamp
}

/**
 * Settings of a column family.  The name must end in a colon.
 */
struct ColumnDescriptor {
  1: Text name,
  2: i32 maxVersions = 3,
  3: string compression = "NONE",
  4: bool inMemory = 0,
  5: string bloomFilterType = "NONE",
  6: i32 bloomFilterVectorSize = 0,
  7: i32 bloomFilterNbHashes = 0,
  8: bool blockCacheEnabled = 0,
  9: i32 timeToLive = 0x7fffffff
}

/** Location and boundaries of one region. */
struct TRegionInfo {
  1: Text startKey,
  2: Text endKey,
  3: i64 id,
  4: Text name,
  5: i8 version,
  6: Text serverName,
  7: i32 port
}

/** A single put or delete of one column. */
struct Mutation {
  1: bool isDelete = 0,
  2: Text column,
  3: Text value,
  4: bool writeToWAL = 1
}

/** All mutations for one row. */
struct BatchMutation {
  1: Text row,
  2: list<Mutation> mutations
}

/** Increment a single counter column. */
struct TIncrement {
  1: Text table,
  2: Text row,
  3: Text column,
  4: i64 amount
}

/** Column and its latest cell, as returned in a TRowResult. */
struct TColumn {
  1: Text columnName,
  2: TCell cell
}

/** A row with the cells that were read from it. */
struct TRowResult {
  1: Text row,
  2: optional map<Text, TCell> columns,
  3: optional list<TColumn> sortedColumns
}

/** Scanner options. */
struct TScan {
  1: optional Text startRow,
  2: optional Text stopRow,
  3: optional i64 timestamp,
  4: optional list<Text> columns,
  5: optional i32 caching,
  6: optional Text filterString,
  7: optional i32 batchSize,
  8: optional bool sortColumns,
  9: optional bool reversed,
  10: optional bool cacheBlocks
}

/** Append bytes to existing cell values. */
struct TAppend {
  1: Text table,
  2: Text row,
  3: list<Text> columns,
  4: list<Text> values
}

/** Any server-side I/O problem. */
exception IOError {
  1: string message
}

/** The arguments were not acceptable. */
exception IllegalArgument {
  1: string message
}

/** Create of an existing table. */
exception AlreadyExists {
  1: string message
}

service Hbase {
  /** Brings a table on-line (enables it). */
  void enableTable(1: Bytes tableName) throws (1: IOError io)

  /** Takes a table off-line. */
  void disableTable(1: Bytes tableName) throws (1: IOError io)

  bool isTableEnabled(1: Bytes tableName) throws (1: IOError io)

  void compact(1: Bytes tableNameOrRegionName) throws (1: IOError io)

  void majorCompact(1: Bytes tableNameOrRegionName) throws (1: IOError io)

  /** Names of all user tables. */
  list<Text> getTableNames() throws (1: IOError io)

  /** Column family name (with trailing colon) -> descriptor. */
  map<Text, ColumnDescriptor> getColumnDescriptors(1: Text tableName) throws (1: IOError io)

  list<TRegionInfo> getTableRegions(1: Text tableName) throws (1: IOError io)

  void createTable(1: Text tableName, 2: list<ColumnDescriptor> columnFamilies)
    throws (1: IOError io, 2: IllegalArgument ia, 3: AlreadyExists exist)

  void deleteTable(1: Text tableName) throws (1: IOError io)

  /** Latest version(s) of one cell. */
  list<TCell> get(1: Text tableName, 2: Text row, 3: Text column, 4: Attributes attributes)
    throws (1: IOError io)

  list<TCell> getVer(1: Text tableName, 2: Text row, 3: Text column, 4: i32 numVersions,
                     5: Attributes attributes) throws (1: IOError io)

  list<TCell> getVerTs(1: Text tableName, 2: Text row, 3: Text column, 4: i64 timestamp,
                       5: i32 numVersions, 6: Attributes attributes) throws (1: IOError io)

  list<TRowResult> getRow(1: Text tableName, 2: Text row, 3: Attributes attributes)
    throws (1: IOError io)

  list<TRowResult> getRowWithColumns(1: Text tableName, 2: Text row, 3: list<Text> columns,
                                     4: Attributes attributes) throws (1: IOError io)

  list<TRowResult> getRowTs(1: Text tableName, 2: Text row, 3: i64 timestamp,
                            4: Attributes attributes) throws (1: IOError io)

  list<TRowResult> getRows(1: Text tableName, 2: list<Text> rows, 3: Attributes attributes)
    throws (1: IOError io)

  void mutateRow(1: Text tableName, 2: Text row, 3: list<Mutation> mutations,
                 4: Attributes attributes) throws (1: IOError io, 2: IllegalArgument ia)

  void mutateRowTs(1: Text tableName, 2: Text row, 3: list<Mutation> mutations, 4: i64 timestamp,
                   5: Attributes attributes) throws (1: IOError io, 2: IllegalArgument ia)

  void mutateRows(1: Text tableName, 2: list<BatchMutation> rowBatches, 3: Attributes attributes)
    throws (1: IOError io, 2: IllegalArgument ia)

  i64 atomicIncrement(1: Text tableName, 2: Text row, 3: Text column, 4: i64 value)
    throws (1: IOError io, 2: IllegalArgument ia)

  void deleteAll(1: Text tableName, 2: Text row, 3: Text column, 4: Attributes attributes)
    throws (1: IOError io)

  void deleteAllRow(1: Text tableName, 2: Text row, 3: Attributes attributes)
    throws (1: IOError io)

  void increment(1: TIncrement increment) throws (1: IOError io)

  void incrementRows(1: list<TIncrement> increments) throws (1: IOError io)

  ScannerID scannerOpenWithScan(1: Text tableName, 2: TScan scan, 3: Attributes attributes)
    throws (1: IOError io)

  ScannerID scannerOpen(1: Text tableName, 2: Text startRow, 3: list<Text> columns,
                        4: Attributes attributes) throws (1: IOError io)

  ScannerID scannerOpenWithStop(1: Text tableName, 2: Text startRow, 3: Text stopRow,
                                4: list<Text> columns, 5: Attributes attributes)
    throws (1: IOError io)

  ScannerID scannerOpenWithPrefix(1: Text tableName, 2: Text startAndPrefix,
                                  3: list<Text> columns, 4: Attributes attributes)
    throws (1: IOError io)

  list<TRowResult> scannerGet(1: ScannerID id) throws (1: IOError io, 2: IllegalArgument ia)

  list<TRowResult> scannerGetList(1: ScannerID id, 2: i32 nbRows)
    throws (1: IOError io, 2: IllegalArgument ia)

  void scannerClose(1: ScannerID id) throws (1: IOError io, 2: IllegalArgument ia)

  TRegionInfo getRegionInfo(1: Text row) throws (1: IOError io)

  list<TCell> append(1: TAppend append) throws (1: IOError io)

  bool checkAndPut(1: Text tableName, 2: Text row, 3: Text column, 5: Text value,
                   6: Mutation mput, 7: Attributes attributes)
    throws (1: IOError io, 2: IllegalArgument ia)

  /** Name of the server's thrift protocol flavour, e.g. "binary". */
  string getThriftServerType()
}
