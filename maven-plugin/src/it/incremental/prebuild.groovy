// A file in the output directory that the plugin did not generate: it must survive every build.
def notes = new File(basedir, 'target/generated-sources/parley/io/parley/it/inc/NOTES.txt')
notes.parentFile.mkdirs()
notes.text = 'not generated\n'
return true
