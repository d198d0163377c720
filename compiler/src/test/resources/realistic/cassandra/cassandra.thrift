# Test fixture in the style of the pre-CQL Cassandra RPC interface
# (cassandra.thrift, ~0.7 .. 1.2 era).  Written from scratch for the test suite.
#
# Exercises: many optional fields with scalar defaults, a struct that acts as
# a hand-rolled union (ColumnOrSuperColumn, every member optional),
# required/optional/default requiredness mixed in one struct, binary keys,
# exceptions with required and optional members, deprecated fields kept only
# for wire compatibility, string/i32/double/list/map constants, enum-typed
# arguments with enum default values (ConsistencyLevel.ONE), and a long
# service with many throws clauses.
#
# The file is split in two: cassandra_types.thrift holds enums and data
# structures; this file holds exceptions, request/response structs and the
# service, and refers to the types both qualified and through typedefs.

include "cassandra_types.thrift"

namespace java com.example.cassandra.thrift
namespace cpp example.cassandra
namespace netstd Example.Cassandra
namespace py cassandra
namespace php cassandra
namespace perl Example.Cassandra
namespace rb ExampleCassandraThrift

# Interface version: bump the major for incompatible changes, the minor for
# additions a client can ignore, the patch for everything else.
const string VERSION = "19.36.2"

// Typedefs that pull included types into this file's scope.
typedef cassandra_types.ConsistencyLevel ConsistencyLevel
typedef cassandra_types.ColumnOrSuperColumn ColumnOrSuperColumn
typedef cassandra_types.ColumnParent ColumnParent
typedef cassandra_types.ColumnPath ColumnPath
typedef cassandra_types.SlicePredicate SlicePredicate
typedef cassandra_types.KeyRange KeyRange
typedef cassandra_types.KeySlice KeySlice
typedef cassandra_types.Mutation Mutation

typedef binary RowKey
typedef map<RowKey, map<string, list<Mutation>>> MutationMap

//
// Exceptions
//

/** Raised when the requested column or row is absent. */
exception NotFoundException {
}

/**
 * The request itself is wrong: unknown keyspace or column family, a missing
 * argument, or an argument the server cannot parse.
 */
exception InvalidRequestException {
    1: required string why
}

/** Too few live replicas to satisfy the requested consistency level. */
exception UnavailableException {
}

/** The coordinator stopped waiting for replicas (overload or a node went down). */
exception TimedOutException {
    /** How many replicas acknowledged before the timeout fired. */
    1: optional i32 acknowledged_by
    /** True if the batch log was written even though the batch itself was not applied. */
    2: optional bool acknowledged_by_batchlog
    /** True if the coordinator gave up while still paging. */
    3: optional bool paxos_in_progress
}

/** login() rejected the supplied credentials. */
exception AuthenticationException {
    1: required string why
}

/** The authenticated user may not perform this operation. */
exception AuthorizationException {
    1: required string why
}

/** Raised by schema changes while nodes still report different schema versions. */
exception SchemaDisagreementException {
}

//
// Request / response structures
//

struct KeyCount {
    1: required RowKey key,
    2: required i32 count
}

/** Host-level information about a token range. */
struct EndpointDetails {
    1: string host,
    2: string datacenter,
    3: optional string rack
}

/** A token range and the endpoints that replicate it. */
struct TokenRange {
    1: required string start_token,
    2: required string end_token,
    3: required list<string> endpoints,
    4: optional list<string> rpc_endpoints,
    5: optional list<EndpointDetails> endpoint_details,
}

struct CfSplit {
    1: required string start_token,
    2: required string end_token,
    3: required i64 row_count
}

/** Credentials for login(). */
struct AuthenticationRequest {
    1: required map<string, string> credentials
}

/** Definition of a secondary index column. */
struct ColumnDef {
    1: required binary name,
    2: required string validation_class,
    3: optional cassandra_types.IndexType index_type,
    4: optional string index_name,
    5: optional map<string, string> index_options
}

/** Column family definition; most members have server-side defaults. */
struct CfDef {
    1: required string keyspace,
    2: required string name,
    3: optional string column_type = "Standard",
    5: optional string comparator_type = "BytesType",
    6: optional string subcomparator_type,
    8: optional string comment,
    12: optional double read_repair_chance,
    13: optional list<ColumnDef> column_metadata,
    14: optional i32 gc_grace_seconds,
    15: optional string default_validation_class,
    16: optional i32 id,
    17: optional i32 min_compaction_threshold,
    18: optional i32 max_compaction_threshold,
    24: optional bool replicate_on_write,
    26: optional string key_validation_class,
    28: optional binary key_alias,
    29: optional string compaction_strategy,
    30: optional map<string, string> compaction_strategy_options,
    32: optional map<string, string> compression_options,
    33: optional double bloom_filter_fp_chance,
    34: optional string caching = "keys_only",
    37: optional double dclocal_read_repair_chance = 0.0,
    38: optional bool populate_io_cache_on_flush,
    39: optional i32 memtable_flush_period_in_ms,
    40: optional i32 default_time_to_live,
    42: optional string speculative_retry = "NONE",
    43: optional list<cassandra_types.TriggerDef> triggers,

    /* All of the following are deprecated and ignored by the server; they
       keep their field ids so old clients still deserialize cleanly. */
    9: optional double row_cache_size,
    11: optional double key_cache_size,
    19: optional i32 row_cache_save_period_in_seconds,
    20: optional i32 key_cache_save_period_in_seconds,
    21: optional i32 memtable_flush_after_mins,
    22: optional i32 memtable_throughput_in_mb,
    23: optional double memtable_operations_in_millions,
    25: optional double merge_shards_chance,
    27: optional string row_cache_provider,
    31: optional i32 row_cache_keys_to_save,
}

/** Keyspace definition. */
struct KsDef {
    1: required string name,
    2: required string strategy_class,
    3: optional map<string, string> strategy_options,
    /** @deprecated ignored, use strategy_options["replication_factor"] */
    4: optional i32 replication_factor,
    5: required list<CfDef> cf_defs,
    6: optional bool durable_writes = 1,
}

/** Compression applied to CQL query strings. */
enum Compression {
    GZIP = 1,
    NONE = 2
}

enum CqlResultType {
    ROWS = 1,
    VOID = 2,
    INT = 3
}

/** A row in a CqlResult. */
struct CqlRow {
    1: required binary key,
    2: required list<cassandra_types.Column> columns
}

struct CqlMetadata {
    1: required map<binary, string> name_types,
    2: required map<binary, string> value_types,
    3: required string default_name_type,
    4: required string default_value_type
}

struct CqlResult {
    1: required CqlResultType result_type,
    2: optional list<CqlRow> rows,
    3: optional i32 num,
    4: optional CqlMetadata schema
}

struct CqlPreparedResult {
    1: required i32 itemId,
    2: required i32 count,
    3: optional list<string> variable_types,
    4: optional list<string> variable_names
}

const list<string> DEFAULT_COMPACTION_STRATEGIES = [
    "SizeTieredCompactionStrategy",
    "LeveledCompactionStrategy",
]
const map<string, string> DEFAULT_COMPRESSION_OPTIONS = {
    "sstable_compression": "LZ4Compressor",
    "chunk_length_kb": "64",
}
const double DEFAULT_BLOOM_FILTER_FP_CHANCE = 0.01
const i32 DEFAULT_GC_GRACE_SECONDS = 864000

service Cassandra {
  # auth methods
  void login(1: required AuthenticationRequest auth_request) throws (1:AuthenticationException authnx, 2:AuthorizationException authzx),

  # set keyspace
  void set_keyspace(1: required string keyspace) throws (1:InvalidRequestException ire),

  # retrieval methods

  /**
    Fetch exactly one column (or super column) addressed by column_path;
    a missing value is reported with NotFoundException.
  */
  ColumnOrSuperColumn get(1:required RowKey key,
                          2:required ColumnPath column_path,
                          3:required ConsistencyLevel consistency_level=cassandra_types.ConsistencyLevel.ONE)
                      throws (1:InvalidRequestException ire, 2:NotFoundException nfe, 3:UnavailableException ue, 4:TimedOutException te),

  /** Columns of one row under column_parent that the predicate selects. */
  list<ColumnOrSuperColumn> get_slice(1:required RowKey key,
                                      2:required ColumnParent column_parent,
                                      3:required SlicePredicate predicate,
                                      4:required ConsistencyLevel consistency_level=ConsistencyLevel.ONE)
                            throws (1:InvalidRequestException ire, 2:UnavailableException ue, 3:TimedOutException te),

  /** Count the columns that get_slice would return. */
  i32 get_count(1:required RowKey key,
                2:required ColumnParent column_parent,
                3:required SlicePredicate predicate,
                4:required ConsistencyLevel consistency_level=ConsistencyLevel.ONE)
      throws (1:InvalidRequestException ire, 2:UnavailableException ue, 3:TimedOutException te),

  /** get_slice for many keys at once. */
  map<RowKey, list<ColumnOrSuperColumn>> multiget_slice(1:required list<RowKey> keys,
                                                        2:required ColumnParent column_parent,
                                                        3:required SlicePredicate predicate,
                                                        4:required ConsistencyLevel consistency_level=ConsistencyLevel.ONE)
                                        throws (1:InvalidRequestException ire, 2:UnavailableException ue, 3:TimedOutException te),

  /** get_count for many keys at once. */
  map<RowKey, i32> multiget_count(1:required list<RowKey> keys,
                2:required ColumnParent column_parent,
                3:required SlicePredicate predicate,
                4:required ConsistencyLevel consistency_level=ConsistencyLevel.ONE)
      throws (1:InvalidRequestException ire, 2:UnavailableException ue, 3:TimedOutException te),

  /** Slices over a range of keys (or tokens). */
  list<KeySlice> get_range_slices(1:required ColumnParent column_parent,
                                  2:required SlicePredicate predicate,
                                  3:required KeyRange range,
                                  4:required ConsistencyLevel consistency_level=ConsistencyLevel.ONE)
                 throws (1:InvalidRequestException ire, 2:UnavailableException ue, 3:TimedOutException te),

  /** Rows matching a secondary index clause. */
  list<KeySlice> get_indexed_slices(1:required ColumnParent column_parent,
                                    2:required cassandra_types.IndexClause index_clause,
                                    3:required SlicePredicate column_predicate,
                                    4:required ConsistencyLevel consistency_level=ConsistencyLevel.ONE)
                 throws (1:InvalidRequestException ire, 2:UnavailableException ue, 3:TimedOutException te),

  # modification methods

  /** Write one column into the row identified by key. */
  void insert(1:required RowKey key,
              2:required ColumnParent column_parent,
              3:required cassandra_types.Column column,
              4:required ConsistencyLevel consistency_level=ConsistencyLevel.ONE)
       throws (1:InvalidRequestException ire, 2:UnavailableException ue, 3:TimedOutException te),

  /** Increment or decrement a counter. */
  void add(1:required RowKey key,
           2:required ColumnParent column_parent,
           3:required cassandra_types.CounterColumn column,
           4:required ConsistencyLevel consistency_level=ConsistencyLevel.ONE)
       throws (1:InvalidRequestException ire, 2:UnavailableException ue, 3:TimedOutException te),

  /** Atomic compare-and-set; returns the current values when the condition fails. */
  cassandra_types.CASResult cas(1:required RowKey key,
                2:required string column_family,
                3:list<cassandra_types.Column> expected,
                4:list<cassandra_types.Column> updates,
                5:required ConsistencyLevel serial_consistency_level=ConsistencyLevel.SERIAL,
                6:required ConsistencyLevel commit_consistency_level=ConsistencyLevel.QUORUM)
       throws (1:InvalidRequestException ire, 2:UnavailableException ue, 3:TimedOutException te),

  /**
    Delete a whole row, a super column or a single column, depending on how
    much of column_path is filled in, as of the given timestamp.
  */
  void remove(1:required RowKey key,
              2:required ColumnPath column_path,
              3:required i64 timestamp,
              4:ConsistencyLevel consistency_level=ConsistencyLevel.ONE)
       throws (1:InvalidRequestException ire, 2:UnavailableException ue, 3:TimedOutException te),

  /** Remove a counter; not idempotent. */
  void remove_counter(1:required RowKey key,
                      2:required ColumnPath path,
                      3:required ConsistencyLevel consistency_level=ConsistencyLevel.ONE)
       throws (1:InvalidRequestException ire, 2:UnavailableException ue, 3:TimedOutException te),

  /** Mutate many columns or super columns for many row keys. */
  void batch_mutate(1:required MutationMap mutation_map,
                    2:required ConsistencyLevel consistency_level=ConsistencyLevel.ONE)
       throws (1:InvalidRequestException ire, 2:UnavailableException ue, 3:TimedOutException te),

  /** Like batch_mutate but skips the batch log. */
  void atomic_batch_mutate(1:required MutationMap mutation_map,
                           2:required ConsistencyLevel consistency_level=ConsistencyLevel.ONE)
       throws (1:InvalidRequestException ire, 2:UnavailableException ue, 3:TimedOutException te),

  /** Drop all data in a column family on every node. */
  void truncate(1:required string cfname)
       throws (1: InvalidRequestException ire, 2: UnavailableException ue, 3: TimedOutException te),

  // Meta-APIs

  /** Schema version -> hosts that agree on it. */
  map<string, list<string>> describe_schema_versions()
       throws (1: InvalidRequestException ire),

  list<KsDef> describe_keyspaces()
    throws (1:InvalidRequestException ire),

  string describe_cluster_name(),

  string describe_version(),

  list<TokenRange> describe_ring(1:required string keyspace)
                   throws (1:InvalidRequestException ire),

  map<string, string> describe_token_map()
                    throws (1:InvalidRequestException ire),

  string describe_partitioner(),

  string describe_snitch(),

  KsDef describe_keyspace(1:required string keyspace)
    throws (1:NotFoundException nfe, 2:InvalidRequestException ire),

  list<CfSplit> describe_splits_ex(1:required string cfName,
                                   2:required string start_token,
                                   3:required string end_token,
                                   4:required i32 keys_per_split)
    throws (1:InvalidRequestException ire),

  /** Adds a column family; returns the new schema id. */
  string system_add_column_family(1:required CfDef cf_def)
    throws (1:InvalidRequestException ire, 2:SchemaDisagreementException sde),

  string system_drop_column_family(1:required string column_family)
    throws (1:InvalidRequestException ire, 2:SchemaDisagreementException sde),

  string system_add_keyspace(1:required KsDef ks_def)
    throws (1:InvalidRequestException ire, 2:SchemaDisagreementException sde),

  string system_drop_keyspace(1:required string keyspace)
    throws (1:InvalidRequestException ire, 2:SchemaDisagreementException sde),

  string system_update_keyspace(1:required KsDef ks_def)
    throws (1:InvalidRequestException ire, 2:SchemaDisagreementException sde),

  string system_update_column_family(1:required CfDef cf_def)
    throws (1:InvalidRequestException ire, 2:SchemaDisagreementException sde),

  /** Execute a CQL3 query string. */
  CqlResult execute_cql3_query(1:required binary query, 2:required Compression compression=Compression.NONE, 3:required ConsistencyLevel consistency)
    throws (1:InvalidRequestException ire,
            2:UnavailableException ue,
            3:TimedOutException te,
            4:SchemaDisagreementException sde)

  CqlPreparedResult prepare_cql3_query(1:required binary query, 2:required Compression compression)
    throws (1:InvalidRequestException ire)

  CqlResult execute_prepared_cql3_query(1:required i32 itemId, 2:required list<binary> values, 3:required ConsistencyLevel consistency)
    throws (1:InvalidRequestException ire,
            2:UnavailableException ue,
            3:TimedOutException te,
            4:SchemaDisagreementException sde)

  /** @deprecated no-op, kept so old clients can still call it */
  void set_cql_version(1: required string version) throws (1:InvalidRequestException ire)
}
