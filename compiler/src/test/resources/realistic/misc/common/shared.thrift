# Shared definitions for the misc fixtures.  Lives in a sub-directory and is
# included as "common/shared.thrift"; other files refer to it with the
# prefix `shared.` (the file's base name, not its path).

namespace * example.misc.shared
namespace java com.example.misc.shared

typedef i64 EpochMillis
typedef string RequestId

enum ErrorSeverity { TRANSIENT = 1, PERMANENT = 2, FATAL = 3 }

exception ServiceError {
  1: required string message,
  2: optional ErrorSeverity severity = ErrorSeverity.PERMANENT,
  3: optional RequestId requestId,
}

exception NotFound { 1: string what, 2: string key }

/** Root of the service inheritance chain used by services.thrift. */
service SharedService {
  string ping(1: string payload = "ping"),
  EpochMillis now(),
}
