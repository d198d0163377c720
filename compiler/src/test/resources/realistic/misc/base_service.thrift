// Middle of a cross-file inheritance chain:
// shared.SharedService (common/shared.thrift) <- BaseService <- services.AccountService

include "common/shared.thrift"

namespace java com.example.misc.base
namespace py example.misc.base

typedef shared.EpochMillis Deadline

struct PageRequest {
  1: i32 offset = 0,
  2: i32 limit = 50,
}

struct HealthStatus {
  1: required bool healthy,
  2: optional map<string, string> details,
  3: optional shared.EpochMillis checkedAt,
}

service BaseService extends shared.SharedService {
  HealthStatus health() throws (1: shared.ServiceError error),
  oneway void reload(),
  oneway void shutdown(1: Deadline deadline),
}
