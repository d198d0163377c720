struct A { 1: i32 x }
include "other.thrift"
namespace java com.example
