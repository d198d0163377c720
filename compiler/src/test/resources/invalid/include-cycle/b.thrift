include "a.thrift"
struct B { 1: i32 y }
