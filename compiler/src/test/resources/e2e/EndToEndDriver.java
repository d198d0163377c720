import e2e.calc.Calculator;
import e2e.calc.InvalidOperation;
import e2e.calc.Op;
import e2e.calc.Work;
import io.parley.runtime.ApplicationException;
import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import io.parley.runtime.protocol.TType;
import io.parley.runtime.rpc.RpcClient;
import io.parley.runtime.rpc.RpcServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Generated client and server over loopback sockets, every protocol and framing, plain and multiplexed. */
public final class EndToEndDriver {
  private EndToEndDriver() {}

  /** The server side: plain Java implementing the generated interface. */
  static final class Handler implements Calculator {
    final CountDownLatch logged = new CountDownLatch(1);

    @Override
    public String version() {
      return "1.0";
    }

    @Override
    public int calculate(Work work) throws InvalidOperation {
      if (work.op() == Op.DIVIDE) {
        if (work.right() == 0) {
          throw InvalidOperation.builder().op(work.op()).why("divide by zero").build();
        }
        return work.left() / work.right();
      }
      return work.left() + work.right();
    }

    @Override
    public void fail(String message) {
      throw new IllegalStateException(message);
    }

    @Override
    public void log(String message) {
      try {
        Thread.sleep(300); // a slow oneway handler must not hold up the caller
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      logged.countDown();
    }

    @Override
    public List<String> echo(List<String> words) {
      return words;
    }
  }

  static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }

  public static void run() throws Exception {
    for (Protocol protocol : Protocol.values()) {
      for (Framing framing : Framing.values()) {
        for (boolean multiplexed : new boolean[] {false, true}) {
          String cell = protocol + "/" + framing + (multiplexed ? "/multiplexed" : "");
          Handler handler = new Handler();
          RpcServer.Builder server = RpcServer.builder().port(0).protocol(protocol).framing(framing);
          server = multiplexed ? server.multiplexed(Calculator.processor(handler)) : server.service(Calculator.processor(handler));
          try (RpcServer running = server.start()) {
            RpcClient.Builder client = RpcClient.builder().host("127.0.0.1").port(running.port())
                .protocol(protocol).framing(framing).callTimeout(Duration.ofSeconds(5));
            if (multiplexed) {
              client = client.service("Calculator");
            }
            try (RpcClient channel = client.build()) {
              exercise(cell, Calculator.client(channel), channel, handler);
            }
          }
        }
      }
    }
  }

  /** Every check against a running server; {@code handler} is null when the server is another process. */
  static void exercise(String cell, Calculator calc, RpcClient channel, Handler handler) throws Exception {
    check(calc.calculate(Work.builder().left(2).right(3).build()) == 5, cell + ": add");
    check(calc.calculate(Work.builder().left(7).right(2).op(Op.DIVIDE).build()) == 3, cell + ": divide");
    check(calc.version().equals("1.0"), cell + ": a method inherited from a service in another file");
    check(calc.echo(List.of("a", "ü", "")).equals(List.of("a", "ü", "")), cell + ": containers");
    try {
      calc.calculate(Work.builder().left(1).right(0).op(Op.DIVIDE).build());
      throw new AssertionError(cell + ": divide by zero returned");
    } catch (InvalidOperation e) {
      check(e.why().equals("divide by zero") && e.op() == Op.DIVIDE, cell + ": declared exception arrives typed: " + e);
    }
    try {
      calc.fail("secret internals");
      throw new AssertionError(cell + ": fail returned");
    } catch (ApplicationException e) {
      check(e.type() == ApplicationException.Type.INTERNAL_ERROR, cell + ": undeclared error is INTERNAL_ERROR: " + e.type());
      check(!e.getMessage().contains("\tat ") && !e.getMessage().contains("EndToEndDriver"),
          cell + ": no stack trace crosses the wire: " + e.getMessage());
    }
    try {
      channel.call("noSuchMethod", out -> {
        out.structBegin();
        out.fieldStop();
        out.structEnd();
      }, in -> {
        in.skip(TType.STRUCT);
        return null;
      });
      throw new AssertionError(cell + ": unknown method returned");
    } catch (ApplicationException e) {
      check(e.type() == ApplicationException.Type.UNKNOWN_METHOD, cell + ": " + e.type());
    }
    long start = System.nanoTime();
    calc.log("hello");
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    check(millis < 250, cell + ": a oneway call returns at once, took " + millis + " ms");
    if (handler != null) {
      check(handler.logged.await(5, TimeUnit.SECONDS), cell + ": the oneway call reached the handler");
    }
    check(calc.calculate(Work.builder().left(1).right(1).build()) == 2, cell + ": the connection still works after errors");
  }
}
