# Entry point of the misc fixtures: includes every other misc file (except
# uuid.thrift, which needs Thrift >= 0.19); compile with -I <this dir>/idl_path.
# Also declares one namespace for every target Thrift 0.17 accepts: the `*`
# wildcard, scoped sub-namespaces (py.twisted, st.category, st.prefix) and
# newer generator names (netstd, kotlin, rs, swift, dart).

include "annotations.thrift"
include "base_service.thrift"
include "comments_and_separators.thrift"
include "common/shared.thrift"
include "literals.thrift"
include "recursive.thrift"
include "services.thrift"

namespace * example.misc.main
namespace cpp example.misc.main
namespace java com.example.misc.main
namespace kotlin com.example.misc.main.kt
namespace py example.misc.main
namespace py.twisted example.misc.main.twisted
namespace perl Example.Misc.Main
namespace rb Example.Misc.Main
namespace netstd Example.Misc.Main
namespace go example_misc_main
namespace js ExampleMiscMain
namespace php Example.Misc.Main
namespace st ExampleMiscMain
namespace st.category ExampleMiscMain
namespace st.prefix EMM
namespace delphi Example.Misc.Main
namespace haxe example.misc.main
namespace lua example_misc_main
namespace rs example_misc_main
namespace swift ExampleMiscMain
namespace dart example_misc_main
namespace c_glib ExampleMiscMain
namespace erl example_misc_main
namespace d example.misc.main
namespace ocaml ExampleMiscMain
namespace xsd example_misc_main

/** One field per included file, all referenced by qualified name. */
struct Everything {
  1: optional annotations.Image image,
  2: optional base_service.HealthStatus health,
  3: optional comments_and_separators.Mixed mixed,
  4: optional shared.ErrorSeverity severity = shared.ErrorSeverity.TRANSIENT,
  5: optional literals.Defaults defaults,
  6: optional recursive.Tree tree,
  7: optional services.Account account,
  8: optional literals.Level level = literals.Level.HIGH,
  9: optional list<recursive.Expression> expressions = [{"literal": 42}, {"variable": "x"}],
  10: optional literals.Point origin = {"x": 0.0, "y": 0.0},
}

const list<i32> PRIMES_COPY = literals.PRIMES
const map<annotations.Color, string> COLOR_NAMES = {annotations.Color.RED: "red", annotations.Color.BLUE: "blue"}

/** shared.SharedService <- BaseService <- AccountService <- AdminAccountService <- MiscService */
service MiscService extends services.AdminAccountService {
  Everything everything(1: bool withTree = false)
    throws (1: shared.ServiceError error, 2: recursive.ParseError parseError,
            3: annotations.ImageError imageError, 4: comments_and_separators.Oops oops),
  oneway void fireAndForget(1: Everything payload),
}
