# Each typedef is a map keyed and valued by the one before: the type doubles at every step.
typedef map<i32, i32> T0
typedef map<T0, T0> T1
typedef map<T1, T1> T2
typedef map<T2, T2> T3
typedef map<T3, T3> T4
typedef map<T4, T4> T5
typedef map<T5, T5> T6
typedef map<T6, T6> T7
typedef map<T7, T7> T8

struct S {
  1: T7 fine
  2: T8 tooBig
}
