include "shared.thrift"
include "common/types.thrift"
struct A { 1: i32 x }
