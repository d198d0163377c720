package io.parley.interop.matrix;

import java.time.Duration;

/** How a cell ended, with the output that explains it. */
record CellOutcome(MatrixCell cell, Status status, String detail, Duration took) {
  /** Passed, failed, or skipped because a peer cannot run here. */
  enum Status {
    PASS("pass"), FAIL("FAIL"), SKIP("skip");

    private final String shown;

    Status(String shown) {
      this.shown = shown;
    }

    /** As the report shows it. */
    String shown() {
      return shown;
    }
  }
}
