# Data-model types for the cassandra fixture: columns, super columns,
# predicates, key ranges and mutations.  Included by cassandra.thrift.

namespace java com.example.cassandra.thrift.model
namespace cpp example.cassandra.model
namespace netstd Example.Cassandra.Model
namespace py cassandra.model
namespace php cassandra_model
namespace perl Example.Cassandra.Model
namespace rb ExampleCassandraThrift.Model

/**
 * How many replicas must answer before a read or write is reported back to
 * the client.  The LOCAL_ and EACH_ variants are datacenter-aware.
 */
enum ConsistencyLevel {
    ONE = 1,
    QUORUM = 2,
    LOCAL_QUORUM = 3,
    EACH_QUORUM = 4,
    ALL = 5,
    ANY = 6,
    TWO = 7,
    THREE = 8,
    SERIAL = 9,
    LOCAL_SERIAL = 10,
    LOCAL_ONE = 11,
}

/** Operators usable in an IndexExpression. */
enum IndexOperator {
    EQ,
    GTE,
    GT,
    LTE,
    LT
}

/** Kinds of secondary index. */
enum IndexType {
    KEYS,
    CUSTOM,
    COMPOSITES
}

/**
 * One cell: a name, an optional payload, the client's write timestamp
 * (highest wins on conflict) and an optional time-to-live in seconds.
 */
struct Column {
   1: required binary name,
   2: optional binary value,
   3: optional i64 timestamp,
   4: optional i32 ttl,
}

/** A named list of columns. */
struct SuperColumn {
   1: required binary name,
   2: required list<Column> columns,
}

struct CounterColumn {
    1: required binary name,
    2: required i64 value
}

struct CounterSuperColumn {
    1: required binary name,
    2: required list<CounterColumn> columns
}

/**
 * Exactly one member is set.  Older IDLs predate `union`, so this is a
 * struct with every field optional.
 */
struct ColumnOrSuperColumn {
    1: optional Column column,
    2: optional SuperColumn super_column,
    3: optional CounterColumn counter_column,
    4: optional CounterSuperColumn counter_super_column
}

/** Column family (and optional super column) to read from or write to. */
struct ColumnParent {
    3: required string column_family,
    4: optional binary super_column,
}

/** Path to a single column or super column. */
struct ColumnPath {
    3: required string column_family,
    4: optional binary super_column,
    5: optional binary column,
}

/**
 * A contiguous run of columns.  `start` and `finish` bound the range; empty
 * values mean "from the beginning" / "to the end".
 */
struct SliceRange {
    1: required binary start,
    2: required binary finish,
    3: required bool reversed=0,
    4: required i32 count=100,
}

/** Either an explicit list of column names or a SliceRange. */
struct SlicePredicate {
    1: optional list<binary> column_names,
    2: optional SliceRange   slice_range,
}

struct IndexExpression {
    1: required binary column_name,
    2: required IndexOperator op,
    3: required binary value,
}

/** @deprecated superseded by KeyRange.row_filter */
struct IndexClause {
    1: required list<IndexExpression> expressions,
    2: required binary start_key,
    3: required i32 count=100,
}

/** Range of row keys or tokens; give either keys or tokens, not both. */
struct KeyRange {
    1: optional binary start_key,
    2: optional binary end_key,
    3: optional string start_token,
    4: optional string end_token,
    6: optional list<IndexExpression> row_filter,
    5: required i32 count=100
}

/** A row key together with the columns that were read from it. */
struct KeySlice {
    1: required binary key,
    2: required list<ColumnOrSuperColumn> columns,
}

/** Describes a deletion within a Mutation. */
struct Deletion {
    1: optional i64 timestamp,
    2: optional binary super_column,
    3: optional SlicePredicate predicate,
}

/** Either an insert/update or a deletion, never both. */
struct Mutation {
    1: optional ColumnOrSuperColumn column_or_supercolumn,
    2: optional Deletion deletion,
}

struct TriggerDef {
    1: required string name,
    2: required map<string, string> options
}

/** Result of a compare-and-set. */
struct CASResult {
    1: required bool success,
    2: optional list<Column> current_values,
}

const i32 DEFAULT_SLICE_COUNT = 100
const SliceRange FULL_SLICE = {"start": "", "finish": "", "reversed": 0, "count": 100}
const set<ConsistencyLevel> SERIAL_LEVELS = [ConsistencyLevel.SERIAL, ConsistencyLevel.LOCAL_SERIAL]
