# parley-args: --strict
union Id {
  1: required i64 number
  2: string text
}
