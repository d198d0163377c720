/*
 * Entry point of the misc fixtures: includes every other misc file (except
 * uuid.thrift, which needs Thrift >= 0.19) and ties them together with a
 * struct that uses a type from each one and a service at the end of a
 * four-level, four-file inheritance chain.
 *
 *   thrift -r --gen java -I <this dir>/idl_path main.thrift
 */

include "annotations.thrift"
include "base_service.thrift"
include "comments_and_separators.thrift"
include "common/shared.thrift"
include "literals.thrift"
include "namespaces.thrift"
include "recursive.thrift"
include "services.thrift"

namespace * example.misc.main
namespace java com.example.misc.main
namespace py example.misc.main
namespace py.twisted example.misc.main.twisted

/** One field per included file, all referenced by qualified name. */
struct Everything {
  1: optional annotations.Image image,
  2: optional base_service.HealthStatus health,
  3: optional comments_and_separators.Mixed mixed,
  4: optional shared.ErrorSeverity severity = shared.ErrorSeverity.TRANSIENT,
  5: optional literals.Defaults defaults,
  6: optional namespaces.Namespaced namespaced,
  7: optional recursive.Tree tree,
  8: optional services.Account account,
  9: optional literals.Level level = literals.Level.HIGH,
  10: optional annotations.Color color = annotations.Color.GREEN,
  11: optional list<recursive.Expression> expressions = [{"literal": 42}, {"variable": "x"}],
  12: optional literals.Point origin = {"x": 0.0, "y": 0.0},
}

const Everything EMPTY = {}
const list<i32> PRIMES_COPY = literals.PRIMES
const set<literals.Level> HIGH_LEVELS = [literals.Level.HIGH, literals.Level.MAX]
const map<annotations.Color, string> COLOR_NAMES = {
  annotations.Color.RED: "red",
  annotations.Color.GREEN: "green",
  annotations.Color.BLUE: "blue",
}

/** shared.SharedService <- BaseService <- AccountService <- AdminAccountService <- MiscService */
service MiscService extends services.AdminAccountService {
  Everything everything(1: bool withTree = false)
    throws (1: shared.ServiceError error, 2: recursive.ParseError parseError,
            3: annotations.ImageError imageError, 4: comments_and_separators.Oops oops),

  oneway void fireAndForget(1: Everything payload),
}
