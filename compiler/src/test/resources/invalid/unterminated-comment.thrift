struct A { 1: i32 x }
/* this comment
   never ends
