// The build passed its tests against code generated from both IDL directories.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')

def java = new File(basedir, 'target/generated-sources/parley/io/parley/it/calc')
['Calculator.java', 'CalculatorClient.java', 'Work.java', 'Operation.java', 'InvalidOperation.java'].each {
  assert new File(java, it).isFile() : "missing generated $it"
}
assert new File(basedir, 'target/generated-test-sources/parley/io/parley/it/calc/probe/Probe.java').isFile()
assert new File(basedir, 'target/classes/io/parley/it/calc/Calculator.class').isFile()

// Python goes to its own directory, not among the Java sources.
assert new File(basedir, 'target/generated-sources/parley-python/parley_it/calc.py').isFile()
assert new File(basedir, 'target/generated-sources/parley-python/parley_it/__init__.py').isFile()
assert !new File(basedir, 'target/generated-sources/parley/parley_it').exists()

// The IDL is packaged in the jar, at its path under src/main/thrift; test IDL is not.
def jar = new java.util.jar.JarFile(new File(basedir, 'target/basic-1.0.jar'))
try {
  assert jar.getEntry('calculator.thrift') != null
  assert jar.getEntry('probe.thrift') == null
} finally {
  jar.close()
}
return true
