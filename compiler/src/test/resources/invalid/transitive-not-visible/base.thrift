struct Base { 1: i32 x }
