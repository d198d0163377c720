const i8 SMALL = 200
const i16 MEDIUM = -40000
