struct A { 1: i32 x };
struct B { 1: i32 y }
