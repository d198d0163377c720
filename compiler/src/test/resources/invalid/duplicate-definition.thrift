struct User { 1: i32 id }
enum Kind { A }
exception User { 1: string message }
const i32 Kind = 1
