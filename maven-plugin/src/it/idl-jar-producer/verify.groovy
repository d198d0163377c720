def jar = new java.util.jar.JarFile(new File(basedir, 'target/idl-jar-producer-1.0.jar'))
try {
  assert jar.getEntry('parley/common/geo.thrift') != null
  assert jar.getEntry('io/parley/it/common/Point.class') != null
} finally {
  jar.close()
}
return true
