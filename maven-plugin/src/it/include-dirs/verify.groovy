def out = new File(basedir, 'target/generated-sources/parley/io/parley/it')
assert new File(out, 'shop/Order.java').isFile()
assert new File(out, 'shop/Orders.java').isFile()
assert new File(out, 'shop/Status.java').isFile()          // included beside orders.thrift
assert new File(out, 'shared/Money.java').isFile()         // included through includePaths
assert !new File(out, 'shop/Unfinished.java').exists()    // excluded
assert new File(basedir, 'target/classes/io/parley/it/shop/Totals.class').isFile()

def jar = new java.util.jar.JarFile(new File(basedir, 'target/include-dirs-1.0.jar'))
try {
  assert jar.getEntry('shop/orders.thrift') != null
  assert jar.getEntry('shop/status.thrift') != null
  assert jar.getEntry('drafts/unfinished.thrift') == null
} finally {
  jar.close()
}
return true
