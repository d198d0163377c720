/*
 * Middle of a cross-file service inheritance chain:
 *   shared.SharedService (common/shared.thrift)
 *     <- BaseService (this file)
 *       <- services.AccountService, services.AuditService (services.thrift)
 */

include "common/shared.thrift"

namespace java com.example.misc.base
namespace py example.misc.base
namespace netstd Example.Misc.Base

typedef shared.EpochMillis Deadline

struct PageRequest {
  1: i32 offset = 0,
  2: i32 limit = 50,
  3: optional string cursor,
}

struct HealthStatus {
  1: required bool healthy,
  2: optional map<string, string> details,
  3: optional shared.EpochMillis checkedAt,
}

service BaseService extends shared.SharedService {
  /** Health of the service and its dependencies. */
  HealthStatus health() throws (1: shared.ServiceError error),

  /** Ask the server to reload its configuration; no reply expected. */
  oneway void reload(),

  /** Ask the server to shut down before the deadline. */
  oneway void shutdown(1: Deadline deadline),
}
