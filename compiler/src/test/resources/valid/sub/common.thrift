namespace * io.parley.fixtures.common

// Included as "sub/common.thrift" by everything.thrift and as "../sub/common.thrift"
// by inc/extra.thrift: both spellings are one file.
struct Audit {
  1: string who
  2: i64 at
}
