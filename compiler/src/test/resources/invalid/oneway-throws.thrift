exception Failed { 1: string why }
service Events {
  oneway void fire(1: string name) throws (1: Failed failed)
}
