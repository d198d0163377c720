struct NotFound { 1: string key }
service Store {
  string get(1: string key) throws (1: NotFound notFound)
}
