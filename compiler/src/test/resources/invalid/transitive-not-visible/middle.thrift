include "base.thrift"
struct Middle { 1: base.Base b }
