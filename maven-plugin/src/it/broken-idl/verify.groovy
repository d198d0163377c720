def log = new File(basedir, 'build.log').text
def idl = new File(basedir, 'src/main/thrift/inventory.thrift').absolutePath

// Every problem at once, each as path:line:col through Maven's log, errors as errors.
assert log.contains("[ERROR] ${idl}:6:15: error: unknown type 'Quantity'")
assert log.contains("[ERROR] ${idl}:10:39: error: 'Item' is not an exception; 'throws' lists exceptions only")
// The source line and caret follow each diagnostic.
assert log.contains('[ERROR]  6 |   2: required Quantity count')
// Warnings are warnings.
assert log.contains("[WARNING] ${idl}:5:10: warning: field 'note' has no id and gets -1")
// The goal fails with the count.
assert log.contains('2 errors in IDL files')
assert log.contains('BUILD FAILURE')
// Nothing was generated.
assert !new File(basedir, 'target/generated-sources/parley').exists()
return true
