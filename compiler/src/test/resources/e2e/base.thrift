namespace java e2e.base

service Admin {
  string version()
}
