# parley-args: --strict
exception Oops { 1: string why }
service S {
  void call(1: optional i32 x) throws (1: required Oops oops)
}
