struct Point { 1: i32 x }
const i32 X = Point
