struct Config {
  1: i32 retries = "three"
  2: double ratio = "half"
  3: list<string> tags = "a,b"
}
