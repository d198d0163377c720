const string GREETING = "hello
struct A { 1: i32 x }
