#!/usr/local/bin/thrift -java
#
# Test fixture: a warehouse metadata catalog in the style of the Hive
# metastore IDL, written for this test suite.
#
# Exercises: a relative include into a sibling project (../fb303), a second
# include of a constants-only file, a large service extending a service from
# another file, dozens of structs/enums/exceptions, a union, nested
# containers (map<list<string>, string>), i16/i32 arguments with negative
# defaults, throws clauses with up to four exceptions, missing separators
# between arguments, and constants that reference constants of another file.
#

include "../fb303/fb303.thrift"
include "serde_constants.thrift"

namespace java com.example.hive.metastore.api
namespace php hive_metastore
namespace cpp example.hive.metastore
namespace py hive_metastore
namespace rb Example.HiveMetastore
namespace go hive_metastore

// Parameter key under which the last DDL time is recorded.
const string DDL_TIME = "transient_lastDdlTime"

// Constants that point at constants defined in serde_constants.thrift.
const string DEFAULT_SERDE_LIB_KEY = serde_constants.SERIALIZATION_LIB
const set<string> SUPPORTED_PRIMITIVES = serde_constants.PrimitiveTypes

// ---------------------------------------------------------------------------
// Enumerations
// ---------------------------------------------------------------------------

enum HiveObjectType {
  GLOBAL = 1,
  DATABASE = 2,
  TABLE = 3,
  PARTITION = 4,
  COLUMN = 5,
}

enum PrincipalType {
  USER = 1,
  ROLE = 2,
  GROUP = 3,
}

enum TxnState {
  COMMITTED = 1,
  ABORTED = 2,
  OPEN = 3,
}

enum LockLevel {
  DB = 1,
  TABLE = 2,
  PARTITION = 3,
}

enum LockState {
  ACQUIRED = 1,      // the caller holds the lock now
  WAITING = 2,       // queued; poll check_lock until the state changes
  ABORT = 3,         // given up, typically after a heartbeat timeout
  NOT_ACQUIRED = 4,  // only for non-blocking requests that could not be granted
}

enum LockType {
  SHARED_READ = 1,
  SHARED_WRITE = 2,
  EXCLUSIVE = 3,
}

enum FunctionType {
  JAVA = 1,
}

enum ResourceType {
  JAR = 1,
  FILE = 2,
  ARCHIVE = 3,
}

// ---------------------------------------------------------------------------
// Schema description
// ---------------------------------------------------------------------------

// One column of a table or of a query result.
struct FieldSchema {
  1: string name,
  2: string typeName,   // e.g. "int", "array<string>", "struct<a:int,b:string>"
  3: string comment,
}

// A named (possibly user-defined) type and its components.
struct Type {
  1: string name,
  2: optional string elementTypeName,   // element type for arrays, key type for maps
  3: optional string valueTypeName,     // value type for maps
  4: optional list<FieldSchema> fields, // members of a user-defined struct type
}

// Free-form key/value pairs handed through to server-side hooks.
struct EnvironmentContext {
  1: map<string, string> properties,
}

// ---------------------------------------------------------------------------
// Privileges and roles
// ---------------------------------------------------------------------------

struct HiveObjectRef {
  1: HiveObjectType objectType,
  2: string dbName,
  3: string objectName,
  4: list<string> partValues,
  5: string columnName,
}

struct PrivilegeGrantInfo {
  1: string privilege,
  2: i32 createTime,
  3: string grantor,
  4: PrincipalType grantorType,
  5: bool grantOption,
}

// Privileges keyed by principal name, one map per principal kind.
struct PrincipalPrivilegeSet {
  1: map<string, list<PrivilegeGrantInfo>> userPrivileges,
  2: map<string, list<PrivilegeGrantInfo>> groupPrivileges,
  3: map<string, list<PrivilegeGrantInfo>> rolePrivileges,
}

// ---------------------------------------------------------------------------
// Databases, tables, partitions
// ---------------------------------------------------------------------------

struct Database {
  1: string name,
  2: string description,
  3: string locationUri,
  4: map<string, string> parameters,
  5: optional PrincipalPrivilegeSet privileges,
  6: optional string ownerName,
  7: optional PrincipalType ownerType,
}

// How rows are turned into bytes and back.
struct SerDeInfo {
  1: string name,
  2: string serializationLib,
  3: map<string, string> parameters = {"serialization.format": "1"},
}

// A sort column and its direction (1 = ascending, 0 = descending).
struct Order {
  1: string col,
  2: i32 order = 1,
}

struct SkewedInfo {
  1: list<string> skewedColNames,
  2: list<list<string>> skewedColValues,
  3: map<list<string>, string> skewedColValueLocationMaps,
}

// Physical layout of a table's or a partition's data.
struct StorageDescriptor {
  1: list<FieldSchema> cols,
  2: string location,
  3: string inputFormat,
  4: string outputFormat,
  5: bool compressed = false,
  6: i32 numBuckets = -1,
  7: SerDeInfo serdeInfo,
  8: list<string> bucketCols,
  9: list<Order> sortCols,
  10: map<string, string> parameters,
  11: optional SkewedInfo skewedInfo,
  12: optional bool storedAsSubDirectories,
}

struct Table {
  1: string tableName,
  2: string dbName,
  3: string owner,
  4: i32 createTime,
  5: i32 lastAccessTime,
  6: i32 retention,
  7: StorageDescriptor sd,
  8: list<FieldSchema> partitionKeys,
  9: map<string, string> parameters,
  10: string viewOriginalText,
  11: string viewExpandedText,
  12: string tableType = "MANAGED_TABLE",
  13: optional PrincipalPrivilegeSet privileges,
  14: optional bool temporary = false,
}

struct Partition {
  1: list<string> values          // no separator after this field on purpose
  2: string dbName,
  3: string tableName,
  4: i32 createTime,
  5: i32 lastAccessTime,
  6: StorageDescriptor sd,
  7: map<string, string> parameters,
  8: optional PrincipalPrivilegeSet privileges,
}

// ---------------------------------------------------------------------------
// Column statistics
// ---------------------------------------------------------------------------

struct BooleanColumnStatsData {
  1: required i64 numTrues,
  2: required i64 numFalses,
  3: required i64 numNulls,
}

struct DoubleColumnStatsData {
  1: optional double lowValue,
  2: optional double highValue,
  3: required i64 numNulls,
  4: required i64 numDVs,
}

struct LongColumnStatsData {
  1: optional i64 lowValue,
  2: optional i64 highValue,
  3: required i64 numNulls,
  4: required i64 numDVs,
}

struct StringColumnStatsData {
  1: required i64 maxColLen,
  2: required double avgColLen,
  3: required i64 numNulls,
  4: required i64 numDVs,
}

// Arbitrary-precision decimal: two's-complement big-endian unscaled value.
struct Decimal {
  1: required binary unscaled,
  3: required i16 scale,          // field id 2 intentionally unused
}

struct DecimalColumnStatsData {
  1: optional Decimal lowValue,
  2: optional Decimal highValue,
  3: required i64 numNulls,
  4: required i64 numDVs,
}

union ColumnStatisticsData {
  1: BooleanColumnStatsData booleanStats,
  2: LongColumnStatsData longStats,
  3: DoubleColumnStatsData doubleStats,
  4: StringColumnStatsData stringStats,
  6: DecimalColumnStatsData decimalStats,
}

struct ColumnStatisticsObj {
  1: required string colName,
  2: required string colType,
  3: required ColumnStatisticsData statsData,
}

struct ColumnStatisticsDesc {
  1: required bool isTblLevel,
  2: required string dbName,
  3: required string tableName,
  4: optional string partName,
  5: optional i64 lastAnalyzed,
}

struct ColumnStatistics {
  1: required ColumnStatisticsDesc statsDesc,
  2: required list<ColumnStatisticsObj> statsObj;
}

struct AggrStats {
  1: required list<ColumnStatisticsObj> colStats,
  2: required i64 partsFound,
}

// ---------------------------------------------------------------------------
// Requests and results
// ---------------------------------------------------------------------------

struct PartitionsByExprResult {
  1: required list<Partition> partitions,
  2: required bool hasUnknownPartitions,
}

struct PartitionsByExprRequest {
  1: required string dbName,
  2: required string tblName,
  3: required binary expr,
  4: optional string defaultPartitionName,
  5: optional i16 maxParts = -1,
}

struct DropPartitionsExpr {
  1: required binary expr;
  2: optional i32 partArchiveLevel;
}

union RequestPartsSpec {
  1: list<string> names;
  2: list<DropPartitionsExpr> exprs;
}

struct DropPartitionsRequest {
  1: required string dbName,
  2: required string tblName,
  3: required RequestPartsSpec parts,
  4: optional bool deleteData,
  5: optional bool ifExists = true,
  6: optional bool ignoreProtection,
  7: optional EnvironmentContext environmentContext,
  8: optional bool needResult = true,
}

struct DropPartitionsResult {
  1: optional list<Partition> partitions,
}

struct ResourceUri {
  1: ResourceType resourceType,
  2: string uri,
}

// A user-defined function registered in the catalog.
struct Function {
  1: string functionName,
  2: string dbName,
  3: string className,
  4: string ownerName,
  5: PrincipalType ownerType,
  6: i32 createTime,
  7: FunctionType functionType = FunctionType.JAVA,
  8: list<ResourceUri> resourceUris,
}

// ---------------------------------------------------------------------------
// Transactions and locks
// ---------------------------------------------------------------------------

struct GetOpenTxnsResponse {
  1: required i64 txnHighWaterMark,
  2: required set<i64> openTxns,
}

struct OpenTxnRequest {
  1: required i32 numTxns = 1,
  2: required string user,
  3: required string hostname,
}

struct OpenTxnsResponse {
  1: required list<i64> txnIds,
}

struct LockComponent {
  1: required LockType lockType = LockType.SHARED_READ,
  2: required LockLevel level,
  3: required string dbname,
  4: optional string tablename,
  5: optional string partitionname,
}

struct LockRequest {
  1: required list<LockComponent> component,
  2: optional i64 txnid,
  3: required string user,
  4: required string hostname,
}

struct LockResponse {
  1: required i64 lockid,
  2: required LockState state,
}

// ---------------------------------------------------------------------------
// Exceptions
// ---------------------------------------------------------------------------

exception MetaException { 1: string message }
exception UnknownTableException { 1: string message }
exception UnknownDBException { 1: string message }
exception AlreadyExistsException { 1: string message }
exception InvalidPartitionException { 1: string message }
exception UnknownPartitionException { 1: string message }
exception InvalidObjectException { 1: string message }
exception NoSuchObjectException { 1: string message }
exception InvalidOperationException { 1: string message }
exception ConfigValSecurityException { 1: string message }
exception InvalidInputException { 1: string message }
exception NoSuchTxnException { 1: string message }
exception TxnAbortedException { 1: string message }
exception NoSuchLockException { 1: string message }

// ---------------------------------------------------------------------------
// The catalog service
// ---------------------------------------------------------------------------

/**
 * Catalog service.  Every server also implements the fb303 status calls.
 */
service ThriftHiveMetastore extends fb303.FacebookService {
  string getMetaConf(1: string key) throws (1: MetaException o1)
  void setMetaConf(1: string key, 2: string value) throws (1: MetaException o1)

  // databases
  void create_database(1: Database database)
      throws (1: AlreadyExistsException o1, 2: InvalidObjectException o2, 3: MetaException o3)
  Database get_database(1: string name) throws (1: NoSuchObjectException o1, 2: MetaException o2)
  void drop_database(1: string name, 2: bool deleteData, 3: bool cascade)
      throws (1: NoSuchObjectException o1, 2: InvalidOperationException o2, 3: MetaException o3)
  list<string> get_databases(1: string pattern) throws (1: MetaException o1)
  list<string> get_all_databases() throws (1: MetaException o1)
  void alter_database(1: string dbname, 2: Database db)
      throws (1: MetaException o1, 2: NoSuchObjectException o2)

  // types
  Type get_type(1: string name) throws (1: MetaException o1, 2: NoSuchObjectException o2)
  bool create_type(1: Type newType)
      throws (1: AlreadyExistsException o1, 2: InvalidObjectException o2, 3: MetaException o3)
  bool drop_type(1: string typeName) throws (1: MetaException o1, 2: NoSuchObjectException o2)
  map<string, Type> get_type_all(1: string name) throws (1: MetaException o2)

  // columns
  list<FieldSchema> get_fields(1: string db_name, 2: string table_name)
      throws (1: MetaException o1, 2: UnknownTableException o2, 3: UnknownDBException o3),
  list<FieldSchema> get_schema(1: string db_name, 2: string table_name)
      throws (1: MetaException o1, 2: UnknownTableException o2, 3: UnknownDBException o3)

  // tables
  void create_table(1: Table tbl)
      throws (1: AlreadyExistsException o1, 2: InvalidObjectException o2,
              3: MetaException o3, 4: NoSuchObjectException o4)
  void drop_table(1: string dbname, 2: string name, 3: bool deleteData = true)
      throws (1: NoSuchObjectException o1, 2: MetaException o3)
  list<string> get_tables(1: string db_name, 2: string pattern) throws (1: MetaException o1)
  list<string> get_all_tables(1: string db_name) throws (1: MetaException o1)
  Table get_table(1: string dbname, 2: string tbl_name)
      throws (1: MetaException o1, 2: NoSuchObjectException o2)
  list<string> get_table_names_by_filter(1: string dbname, 2: string filter, 3: i16 max_tables = -1)
      throws (1: MetaException o1, 2: InvalidOperationException o2, 3: UnknownDBException o3)
  void alter_table(1: string dbname, 2: string tbl_name, 3: Table new_tbl)
      throws (1: InvalidOperationException o1, 2: MetaException o2)

  // partitions
  Partition add_partition(1: Partition new_part)
      throws (1: InvalidObjectException o1, 2: AlreadyExistsException o2, 3: MetaException o3)
  i32 add_partitions(1: list<Partition> new_parts)
      throws (1: InvalidObjectException o1, 2: AlreadyExistsException o2, 3: MetaException o3)
  Partition append_partition(1: string db_name, 2: string tbl_name, 3: list<string> part_vals)
      throws (1: InvalidObjectException o1, 2: AlreadyExistsException o2, 3: MetaException o3)
  bool drop_partition(1: string db_name, 2: string tbl_name, 3: list<string> part_vals, 4: bool deleteData)
      throws (1: NoSuchObjectException o1, 2: MetaException o2)
  DropPartitionsResult drop_partitions_req(1: DropPartitionsRequest req)
      throws (1: NoSuchObjectException o1, 2: MetaException o2)
  Partition get_partition(1: string db_name, 2: string tbl_name, 3: list<string> part_vals)
      throws (1: MetaException o1, 2: NoSuchObjectException o2)
  list<Partition> get_partitions(1: string db_name, 2: string tbl_name, 3: i16 max_parts = -1)
      throws (1: NoSuchObjectException o1, 2: MetaException o2)
  list<string> get_partition_names(1: string db_name, 2: string tbl_name, 3: i16 max_parts = -1)
      throws (1: MetaException o2)
  // arguments deliberately written without separators
  list<Partition> get_partitions_by_filter(1: string db_name 2: string tbl_name
      3: string filter 4: i16 max_parts = -1)
      throws (1: MetaException o1, 2: NoSuchObjectException o2)
  PartitionsByExprResult get_partitions_by_expr(1: PartitionsByExprRequest req)
      throws (1: MetaException o1, 2: NoSuchObjectException o2)
  void alter_partition(1: string db_name, 2: string tbl_name, 3: Partition new_part)
      throws (1: InvalidOperationException o1, 2: MetaException o2)

  // configuration
  string get_config_value(1: string name, 2: string defaultValue)
      throws (1: ConfigValSecurityException o1)

  // statistics
  bool update_table_column_statistics(1: ColumnStatistics stats_obj)
      throws (1: NoSuchObjectException o1, 2: InvalidObjectException o2,
              3: MetaException o3, 4: InvalidInputException o4)
  ColumnStatistics get_table_column_statistics(1: string db_name, 2: string tbl_name, 3: string col_name)
      throws (1: NoSuchObjectException o1, 2: MetaException o2,
              3: InvalidInputException o3, 4: InvalidObjectException o4)
  AggrStats get_aggr_stats_for(1: string db_name, 2: string tbl_name,
      3: list<string> col_names, 4: list<string> part_names)
      throws (1: NoSuchObjectException o1, 2: MetaException o2)

  // functions
  void create_function(1: Function func)
      throws (1: AlreadyExistsException o1, 2: InvalidObjectException o2,
              3: MetaException o3, 4: NoSuchObjectException o4)
  void drop_function(1: string dbName, 2: string funcName)
      throws (1: NoSuchObjectException o1, 2: MetaException o3)
  list<string> get_functions(1: string dbName, 2: string pattern) throws (1: MetaException o1)
  Function get_function(1: string dbName, 2: string funcName)
      throws (1: MetaException o1, 2: NoSuchObjectException o2)

  // transactions and locks
  GetOpenTxnsResponse get_open_txns()
  OpenTxnsResponse open_txns(1: OpenTxnRequest rqst)
  void abort_txn(1: i64 txnid) throws (1: NoSuchTxnException o1)
  void commit_txn(1: i64 txnid) throws (1: NoSuchTxnException o1, 2: TxnAbortedException o2)
  LockResponse lock(1: LockRequest rqst) throws (1: NoSuchTxnException o1, 2: TxnAbortedException o2)
  LockResponse check_lock(1: i64 lockid)
      throws (1: NoSuchTxnException o1, 2: TxnAbortedException o2, 3: NoSuchLockException o3)
  void unlock(1: i64 lockid) throws (1: NoSuchLockException o1, 2: MetaException o2)
}

// ---------------------------------------------------------------------------
// Parameter keys (constants after the service, separated by commas)
// ---------------------------------------------------------------------------

const string IS_ARCHIVED = "is_archived",
const string ORIGINAL_LOCATION = "original_location",
const string META_TABLE_COLUMNS = "columns",
const string META_TABLE_NAME = "name",
const string META_TABLE_PARTITION_COLUMNS = "partition_columns",
const string TABLE_IS_TRANSACTIONAL = "transactional",
const string TABLE_NO_AUTO_COMPACT = "no_auto_compaction",
