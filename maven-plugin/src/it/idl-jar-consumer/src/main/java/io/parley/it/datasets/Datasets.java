package io.parley.it.datasets;

import org.apache.parquet.format.FileMetaData;

/** Uses a type generated from parquet.thrift, found in the parquet-format jar. */
public final class Datasets {
  private Datasets() {}

  public static Dataset withFooter(String name, FileMetaData footer) {
    return Dataset.builder().name(name).footer(footer).build();
  }
}
