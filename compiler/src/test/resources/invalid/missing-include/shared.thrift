struct Shared { 1: i32 x }
