const i32 COUNT = "ten"
