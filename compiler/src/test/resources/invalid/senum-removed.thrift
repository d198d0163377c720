senum Flavor {
  "vanilla",
  "chocolate"
}
