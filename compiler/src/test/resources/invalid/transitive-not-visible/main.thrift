// Only directly included files are visible, as in Thrift.
include "middle.thrift"
struct Top {
  1: middle.Middle m
  2: base.Base b
}
