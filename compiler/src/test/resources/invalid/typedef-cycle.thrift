typedef Second First
typedef First Second
struct A { 1: First f }
