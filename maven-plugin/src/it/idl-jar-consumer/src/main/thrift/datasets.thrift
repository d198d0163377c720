namespace java io.parley.it.datasets

// From org.apache.parquet:parquet-format, which ships parquet.thrift at the root of its jar.
include "parquet.thrift"

struct Dataset {
  1: required string name
  2: optional parquet.FileMetaData footer
}
