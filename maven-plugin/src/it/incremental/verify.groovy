def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/parley/io/parley/it/inc')

// Build 2 and only build 2 found everything up to date.
assert log.count('Nothing to generate: all IDL files are up to date') == 1
// Build 1 wrote both files; build 3 wrote nothing new and removed the stale one.
assert log.contains('java: 2 files generated in')
assert log.contains('Removed 1 stale generated file')
// Builds 3 and 4 (a configuration change) regenerated without rewriting the unchanged file.
assert log.count('java: 1 file generated in') == 2
assert log.count('(0 written, 1 unchanged)') == 2

assert new File(out, 'Kept.java').isFile()
assert !new File(out, 'dropped').exists()                 // stale output and its empty directory removed
assert !new File(basedir, 'src/main/thrift/dropped.thrift').exists()
assert new File(out, 'NOTES.txt').text == 'not generated\n' // never anything the plugin did not write
return true
