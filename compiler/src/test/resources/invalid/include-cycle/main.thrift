include "a.thrift"
struct Main { 1: a.A a }
