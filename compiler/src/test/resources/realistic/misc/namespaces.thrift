# Namespace declarations as seen in the wild: the `*` wildcard, scoped
# sub-namespaces (py.twisted, st.category, st.prefix), newer generator
# names (netstd, kotlin, rs, swift, dart), and an annotated namespace.
# Every namespace target accepted by Thrift 0.17's generators is used once.

namespace * example.misc.ns
namespace cpp example.misc.ns
namespace java com.example.misc.ns ( java.package.doc = "namespaced" )
namespace kotlin com.example.misc.ns.kt
namespace py example.misc.ns
namespace py.twisted example.misc.ns.twisted
namespace perl Example.Misc.Ns
namespace rb Example.Misc.Ns
namespace netstd Example.Misc.Ns
namespace go example_misc_ns
namespace js ExampleMiscNs
namespace php Example.Misc.Ns
namespace st ExampleMiscNs
namespace st.category ExampleMiscNs
namespace st.prefix EMN
namespace delphi Example.Misc.Ns
namespace haxe example.misc.ns
namespace lua example_misc_ns
namespace rs example_misc_ns
namespace swift ExampleMiscNs
namespace dart example_misc_ns
namespace c_glib ExampleMiscNs
namespace erl example_misc_ns
namespace d example.misc.ns
namespace ocaml ExampleMiscNs
namespace xsd example_misc_ns

/** A tiny payload so every generator has something to emit. */
struct Namespaced {
  1: required string where = "everywhere",
  2: optional i32 count,
}

enum Scope {
  GLOBAL = 1,
  LOCAL = 2,
}

service NamespacedService {
  Namespaced locate(1: Scope scope = Scope.GLOBAL),
}
