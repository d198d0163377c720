include "sub/../sub/common.thrift"
include "shared.thrift"

struct Extra {
  1: common.Audit audit
  2: shared.Money price
}
