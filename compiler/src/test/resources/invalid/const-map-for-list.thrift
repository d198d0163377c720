const list<i32> LIMITS = {"a": 1}
