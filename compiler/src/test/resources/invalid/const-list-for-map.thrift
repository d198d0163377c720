const map<string, i32> LIMITS = [1, 2, 3]
