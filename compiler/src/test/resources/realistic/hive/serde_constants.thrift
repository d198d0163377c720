# Test fixture: a constants-only file in the style of Hive's serde IDL.
# It declares no types at all, only string/i32/set/map constants, and is
# included by hive_metastore.thrift (which refers to the constants by their
# qualified names, e.g. serde_constants.SERIALIZATION_LIB).

namespace java com.example.hive.serde
namespace py hive_serde
namespace cpp example.hive.serde
namespace php hive_serde

// Keys used in SerDe parameter maps
const string SERIALIZATION_LIB = "serialization.lib"
const string SERIALIZATION_FORMAT = "serialization.format"
const string SERIALIZATION_DDL = "serialization.ddl"
const string SERIALIZATION_NULL_FORMAT = "serialization.null.format"
const string SERIALIZATION_SORT_ORDER = "serialization.sort.order"

const string FIELD_DELIM = "field.delim"
const string COLLECTION_DELIM = "collection.delim"
const string LINE_DELIM = "line.delim"
const string MAPKEY_DELIM = "mapkey.delim"
const string QUOTE_CHAR = "quote.delim"
const string ESCAPE_CHAR = "escape.delim"

// Primitive type names as they appear in column type strings
const string VOID_TYPE_NAME = "void";
const string BOOLEAN_TYPE_NAME = "boolean";
const string TINYINT_TYPE_NAME = "tinyint";
const string SMALLINT_TYPE_NAME = "smallint";
const string INT_TYPE_NAME = "int";
const string BIGINT_TYPE_NAME = "bigint";
const string FLOAT_TYPE_NAME = "float";
const string DOUBLE_TYPE_NAME = "double";
const string STRING_TYPE_NAME = "string";
const string CHAR_TYPE_NAME = "char";
const string VARCHAR_TYPE_NAME = "varchar";
const string DATE_TYPE_NAME = "date";
const string DATETIME_TYPE_NAME = "datetime";
const string TIMESTAMP_TYPE_NAME = "timestamp";
const string DECIMAL_TYPE_NAME = "decimal";
const string BINARY_TYPE_NAME = "binary";

// Complex type names
const string LIST_TYPE_NAME = "array";
const string MAP_TYPE_NAME = "map";
const string STRUCT_TYPE_NAME = "struct";
const string UNION_TYPE_NAME = "uniontype";


const i32 DEFAULT_DECIMAL_PRECISION = 10
const i32 DEFAULT_DECIMAL_SCALE = 0
const i32 MAX_VARCHAR_LENGTH = 65535
const i32 MAX_CHAR_LENGTH = 255

const set<string> PrimitiveTypes = [
  VOID_TYPE_NAME, BOOLEAN_TYPE_NAME, TINYINT_TYPE_NAME, SMALLINT_TYPE_NAME,
  INT_TYPE_NAME, BIGINT_TYPE_NAME, FLOAT_TYPE_NAME, DOUBLE_TYPE_NAME,
  STRING_TYPE_NAME, VARCHAR_TYPE_NAME, CHAR_TYPE_NAME, DATE_TYPE_NAME,
  DATETIME_TYPE_NAME, TIMESTAMP_TYPE_NAME, DECIMAL_TYPE_NAME, BINARY_TYPE_NAME,
]

const set<string> CollectionTypes = [ LIST_TYPE_NAME, MAP_TYPE_NAME ]

const set<string> IntegralTypes = [ TINYINT_TYPE_NAME, SMALLINT_TYPE_NAME, INT_TYPE_NAME, BIGINT_TYPE_NAME ]

const map<string, string> DefaultDelimiters = {
  "field.delim": "\t",
  "collection.delim": ",",
  "mapkey.delim": ":",
  "line.delim": "\n",
  "quote.delim": "\"",
  "escape.delim": "\\",
}
