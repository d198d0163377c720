struct a.B { 1: i32 x }
