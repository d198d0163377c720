# Shared definitions for the misc fixtures.  Lives in a sub-directory and is
# included as "common/shared.thrift"; other files refer to its definitions
# with the prefix `shared.` (the file's base name, not its path).

namespace * example.misc.shared
namespace java com.example.misc.shared
namespace py example.misc.shared

typedef i64 EpochMillis
typedef string RequestId

/** Severity carried by every error in the misc fixtures. */
enum ErrorSeverity {
  TRANSIENT = 1,
  PERMANENT = 2,
  FATAL = 3,
}

/** Base error: every service in misc/ can throw it. */
exception ServiceError {
  1: required string message,
  2: optional ErrorSeverity severity = ErrorSeverity.PERMANENT,
  3: optional RequestId requestId,
}

/** Raised when a looked-up entity does not exist. */
exception NotFound {
  1: string what,
  2: string key,
}

/** Root of the service inheritance chain used by services.thrift. */
service SharedService {
  /** Liveness probe. */
  string ping(1: string payload = "ping"),
  /** Server clock. */
  EpochMillis now(),
}
