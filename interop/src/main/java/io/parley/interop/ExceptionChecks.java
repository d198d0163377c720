package io.parley.interop;

import io.parley.interop.thrifttest.ThriftTest;
import io.parley.interop.thrifttest.Xception;
import io.parley.interop.thrifttest.Xception2;
import io.parley.runtime.ApplicationException;

/**
 * Checks declared exceptions (typed, with their fields), an undeclared failure (an application
 * error), and that the connection still works after each.
 */
final class ExceptionChecks {
  private ExceptionChecks() {}

  static void run(ThriftTest t, Checks c) {
    c.returns("testException(\"Safe\")", () -> {
      t.testException("Safe");
      return null;
    });
    c.throwsA("testException(\"Xception\")", Xception.class, "Xception{errorCode=1001, message=Xception}",
        () -> {
          t.testException("Xception");
          return null;
        },
        e -> e.errorCode() == 1001 && "Xception".equals(e.message()));
    c.throwsA("testException(\"TException\")", ApplicationException.class, "an ApplicationException (undeclared)",
        () -> {
          t.testException("TException");
          return null;
        },
        e -> true);
    c.returns("testException(\"success\")", () -> {
      t.testException("success");
      return null;
    });

    c.throwsA("testMultiException(\"Xception\", \"test 1\")", Xception.class,
        "Xception{errorCode=1001, message=This is an Xception}",
        () -> t.testMultiException("Xception", "test 1"),
        e -> e.errorCode() == 1001 && "This is an Xception".equals(e.message()));
    c.throwsA("testMultiException(\"Xception2\", \"test 2\")", Xception2.class,
        "Xception2{errorCode=2002, struct_thing.string_thing=This is an Xception2}",
        () -> t.testMultiException("Xception2", "test 2"),
        e -> e.errorCode() == 2002 && e.struct_thing() != null
            && "This is an Xception2".equals(e.struct_thing().string_thing()));
    // Only string_thing is set by the contract; other fields may come back unset or zero.
    c.matches("testMultiException(\"success\", \"test 3\")", "Xtruct{string_thing=test 3, ...}",
        () -> t.testMultiException("success", "test 3"), x -> "test 3".equals(x.string_thing()));
  }
}
