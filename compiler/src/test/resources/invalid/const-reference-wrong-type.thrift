const i32 LIMIT = 1000
const i8 SMALL_LIMIT = LIMIT
const string NAME = LIMIT
