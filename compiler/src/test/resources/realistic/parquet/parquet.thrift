/*
 * Test fixture modelled on the parquet-format file metadata IDL.  Written
 * from scratch for the test suite.
 *
 * Exercises: enums with explicit values and a deprecated value, lots of
 * optional fields, unions of empty structs (column orders, encryption
 * algorithms, bloom filter parameters), `deprecated` annotations on fields
 * and structs, required binary fields, nested lists (list<list<...>>),
 * i8/i16/i32/i64 members, `;` field separators, and an include with
 * qualified references into logical_types.thrift.
 */

include "logical_types.thrift"

namespace cpp example.parquet.format
namespace java com.example.parquet.format
namespace py parquet_format
namespace go parquet_format

/**
 * Physical storage types.  Logical types refine their interpretation.
 */
enum Type {
  BOOLEAN = 0;
  INT32 = 1;
  INT64 = 2;
  INT96 = 3 ( deprecated = "only used by legacy timestamp writers" );
  FLOAT = 4;
  DOUBLE = 5;
  BYTE_ARRAY = 6;
  FIXED_LEN_BYTE_ARRAY = 7;
}

/** Whether a field may be null or repeated. */
enum FieldRepetitionType {
  /** Exactly one value. */
  REQUIRED = 0;
  /** Zero or one value. */
  OPTIONAL = 1;
  /** Zero or more values. */
  REPEATED = 2;
}

/**
 * Statistics of a column chunk or page.  The old min/max members compared
 * bytes as signed values, which is wrong for most logical types, so they are
 * kept only for compatibility.
 */
struct Statistics {
   1: optional binary max ( deprecated = "use max_value" );
   2: optional binary min ( deprecated = "use min_value" );
   3: optional i64 null_count;
   4: optional i64 distinct_count;
   5: optional binary max_value;
   6: optional binary min_value;
   7: optional bool is_max_value_exact;
   8: optional bool is_min_value_exact;
}

/**
 * One node of the flattened schema tree.  Group nodes have num_children set;
 * leaf nodes have physicalType set.
 */
struct SchemaElement {
  1: optional Type physicalType;
  2: optional i32 type_length;
  3: optional FieldRepetitionType repetition_type;
  4: required string name;
  5: optional i32 num_children;
  6: optional logical_types.ConvertedType converted_type ( deprecated = "use logicalType" );
  7: optional i32 scale
  8: optional i32 precision
  9: optional i32 field_id;
  10: optional logical_types.LogicalType logicalType
}

/** Value encodings.  Gaps are retired values. */
enum Encoding {
  PLAIN = 0;
  // 1 was GROUP_VAR_INT, never used
  PLAIN_DICTIONARY = 2 ( deprecated );
  RLE = 3;
  BIT_PACKED = 4 ( deprecated = "use RLE" );
  DELTA_BINARY_PACKED = 5;
  DELTA_LENGTH_BYTE_ARRAY = 6;
  DELTA_BYTE_ARRAY = 7;
  RLE_DICTIONARY = 8;
  BYTE_STREAM_SPLIT = 9;
}

/** Block compression of pages. */
enum CompressionCodec {
  UNCOMPRESSED = 0;
  SNAPPY = 1;
  GZIP = 2;
  LZO = 3;
  BROTLI = 4;
  LZ4 = 5 ( deprecated = "use LZ4_RAW" );
  ZSTD = 6;
  LZ4_RAW = 7;
}

enum PageType {
  DATA_PAGE = 0;
  INDEX_PAGE = 1;
  DICTIONARY_PAGE = 2;
  DATA_PAGE_V2 = 3;
}

/** Ordering of min/max values across the pages of a column index. */
enum BoundaryOrder {
  UNORDERED = 0;
  ASCENDING = 1;
  DESCENDING = 2;
}

/** Header of a v1 data page. */
struct DataPageHeader {
  1: required i32 num_values
  2: required Encoding encoding
  3: required Encoding definition_level_encoding;
  4: required Encoding repetition_level_encoding;
  5: optional Statistics statistics;
}

/** Placeholder: index pages are not specified yet. */
struct IndexPageHeader {
}

/** Header of a dictionary page. */
struct DictionaryPageHeader {
  1: required i32 num_values;
  2: required Encoding encoding
  3: optional bool is_sorted;
}

/** Header of a v2 data page; levels are stored uncompressed before the values. */
struct DataPageHeaderV2 {
  1: required i32 num_values
  2: required i32 num_nulls
  3: required i32 num_rows
  4: required Encoding encoding
  5: required i32 definition_levels_byte_length;
  6: required i32 repetition_levels_byte_length;
  7: optional bool is_compressed = true;
  8: optional Statistics statistics;
}

/** Block-split bloom filter; the only algorithm so far. */
struct SplitBlockAlgorithm {}

union BloomFilterAlgorithm {
  1: SplitBlockAlgorithm BLOCK;
}

/** xxHash64 with seed 0. */
struct XxHash {}

union BloomFilterHash {
  1: XxHash XXHASH;
}

struct Uncompressed {}

union BloomFilterCompression {
  1: Uncompressed UNCOMPRESSED;
}

/** Header that precedes a bloom filter bitset. */
struct BloomFilterHeader {
  1: required i32 numBytes;
  2: required BloomFilterAlgorithm algorithm;
  3: required BloomFilterHash hash;
  4: required BloomFilterCompression compression;
}

struct PageHeader {
  1: required PageType page_type
  2: required i32 uncompressed_page_size
  3: required i32 compressed_page_size
  4: optional i32 crc
  5: optional DataPageHeader data_page_header;
  6: optional IndexPageHeader index_page_header;
  7: optional DictionaryPageHeader dictionary_page_header;
  8: optional DataPageHeaderV2 data_page_header_v2;
}

/** Application-defined metadata. */
struct KeyValue {
  1: required string key
  2: optional string value
}

/** A sort column within a row group. */
struct SortingColumn {
  1: required i32 column_idx
  2: required bool descending
  3: required bool nulls_first
}

struct PageEncodingStats {
  1: required PageType page_type;
  2: required Encoding encoding;
  3: required i32 count;
}

/** Size statistics for BYTE_ARRAY columns and level histograms. */
struct SizeStatistics {
  1: optional i64 unencoded_byte_array_data_bytes;
  2: optional list<i64> repetition_level_histogram;
  3: optional list<i64> definition_level_histogram;
}

/** Metadata of one column chunk. */
struct ColumnMetaData {
  1: required Type physicalType
  2: required list<Encoding> encodings
  3: required list<string> path_in_schema
  4: required CompressionCodec codec
  5: required i64 num_values
  6: required i64 total_uncompressed_size
  7: required i64 total_compressed_size
  8: optional list<KeyValue> key_value_metadata
  9: required i64 data_page_offset
  10: optional i64 index_page_offset
  11: optional i64 dictionary_page_offset
  12: optional Statistics statistics;
  13: optional list<PageEncodingStats> encoding_stats;
  14: optional i64 bloom_filter_offset;
  15: optional i32 bloom_filter_length;
  16: optional SizeStatistics size_statistics;
}

struct EncryptionWithFooterKey {
}

struct EncryptionWithColumnKey {
  1: required list<string> path_in_schema
  2: optional binary key_metadata
}

union ColumnCryptoMetaData {
  1: EncryptionWithFooterKey ENCRYPTION_WITH_FOOTER_KEY
  2: EncryptionWithColumnKey ENCRYPTION_WITH_COLUMN_KEY
}

struct ColumnChunk {
  1: optional string file_path
  2: required i64 file_offset ( deprecated = "writers set this to 0" )
  3: optional ColumnMetaData meta_data
  4: optional i64 offset_index_offset
  5: optional i32 offset_index_length
  6: optional i64 column_index_offset
  7: optional i32 column_index_length
  8: optional ColumnCryptoMetaData crypto_metadata
  9: optional binary encrypted_column_metadata
}

struct RowGroup {
  1: required list<ColumnChunk> columns
  2: required i64 total_byte_size
  3: required i64 num_rows
  4: optional list<SortingColumn> sorting_columns
  5: optional i64 file_offset
  6: optional i64 total_compressed_size
  7: optional i16 ordinal
}

/** Ordering defined by the column's logical or physical type. */
struct TypeDefinedOrder {}

union ColumnOrder {
  1: TypeDefinedOrder TYPE_ORDER;
}

struct PageLocation {
  1: required i64 offset
  2: required i32 compressed_page_size
  3: required i64 first_row_index
}

struct OffsetIndex {
  1: required list<PageLocation> page_locations
  2: optional list<i64> unencoded_byte_array_data_bytes
}

struct ColumnIndex {
  1: required list<bool> null_pages
  2: required list<binary> min_values
  3: required list<binary> max_values
  4: required BoundaryOrder boundary_order
  5: optional list<i64> null_counts
  6: optional list<i64> repetition_level_histograms;
  7: optional list<i64> definition_level_histograms;
}

struct AesGcmV1 {
  1: optional binary aad_prefix
  2: optional binary aad_file_unique
  3: optional bool supply_aad_prefix
}

struct AesGcmCtrV1 {
  1: optional binary aad_prefix
  2: optional binary aad_file_unique
  3: optional bool supply_aad_prefix
}

union EncryptionAlgorithm {
  1: AesGcmV1 AES_GCM_V1
  2: AesGcmCtrV1 AES_GCM_CTR_V1
}

/** File footer. */
struct FileMetaData {
  1: required i32 version
  2: required list<SchemaElement> schema;
  3: required i64 num_rows
  4: required list<RowGroup> row_groups
  5: optional list<KeyValue> key_value_metadata
  6: optional string created_by
  7: optional list<ColumnOrder> column_orders;
  8: optional EncryptionAlgorithm encryption_algorithm
  9: optional binary footer_signing_key_metadata
}

/** Crypto metadata for files with an encrypted footer. */
struct FileCryptoMetaData {
  1: required EncryptionAlgorithm encryption_algorithm
  2: optional binary key_metadata
}

/** Old-style per-page index, kept only so it can still be parsed. */
struct LegacyPageIndex {
  1: required list<list<i64>> page_offsets
  2: optional map<string, list<binary>> page_min_max
} ( deprecated = "replaced by ColumnIndex/OffsetIndex", java.final = "true" )

/** Magic bytes at the start and end of every file. */
const string MAGIC = "PAR1"
/** Magic bytes of files with an encrypted footer. */
const string ENCRYPTED_MAGIC = "PARE"
/** Current format version. */
const i32 CURRENT_VERSION = 2
/** Codecs every reader must support. */
const set<CompressionCodec> REQUIRED_CODECS = [CompressionCodec.UNCOMPRESSED, CompressionCodec.SNAPPY]
/** Default statistics for an empty chunk. */
const Statistics EMPTY_STATISTICS = {"null_count": 0, "distinct_count": 0}
/** Default column order for every leaf. */
const ColumnOrder DEFAULT_COLUMN_ORDER = {"TYPE_ORDER": {}}
