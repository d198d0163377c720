def deps = new File(basedir, 'target/parley/dependencies')
// The dependencies' IDL was extracted from their jars and put on the include path.
assert new File(deps, 'io.parley.it/idl-jar-producer/parley/common/geo.thrift').isFile()
assert new File(deps, 'org.apache.parquet/parquet-format/parquet.thrift').isFile()
// Jars without IDL (parley-runtime) are not extracted.
assert !new File(deps, 'io.parley').exists()

def out = new File(basedir, 'target/generated-sources/parley')
assert new File(out, 'io/parley/it/routes/Route.java').isFile()
assert new File(out, 'io/parley/it/datasets/Dataset.java').isFile()
assert new File(out, 'org/apache/parquet/format/FileMetaData.java').isFile()
assert new File(basedir, 'target/classes/io/parley/it/routes/Routes.class').isFile()
assert new File(basedir, 'target/classes/io/parley/it/datasets/Datasets.class').isFile()
return true
