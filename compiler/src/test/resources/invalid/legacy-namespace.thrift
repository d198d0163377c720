php_namespace Example
struct A { 1: i32 x }
