const i32 LARGE = 0x100000000
struct A { 1: i32 x = 3000000000 }
