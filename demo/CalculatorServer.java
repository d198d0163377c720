import io.parley.examples.calculator.Calculator;
import io.parley.examples.calculator.InvalidOperation;
import io.parley.examples.calculator.Operation;
import io.parley.examples.calculator.Work;
import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import io.parley.runtime.rpc.RpcServer;
import java.time.Duration;

/**
 * The demo's Java server: implements the generated Calculator interface and serves it over the
 * compact protocol with framing. Prints its port, then serves until standard input closes.
 */
public final class CalculatorServer implements Calculator {
  @Override
  public void ping() {}

  @Override
  public int add(int left, int right) {
    return left + right;
  }

  @Override
  public int calculate(Work work) throws InvalidOperation {
    int left = work.left();
    int right = work.right();
    Operation op = work.op();
    if (op.equals(Operation.ADD)) {
      return left + right;
    }
    if (op.equals(Operation.SUBTRACT)) {
      return left - right;
    }
    if (op.equals(Operation.MULTIPLY)) {
      return left * right;
    }
    if (op.equals(Operation.DIVIDE)) {
      if (right == 0) {
        throw InvalidOperation.builder().op(op).why("cannot divide by zero").build();
      }
      return left / right;
    }
    throw InvalidOperation.builder().op(op).why("unknown operation " + op).build();
  }

  @Override
  public void log(String message) {
    System.out.println("server: log: " + message);
  }

  public static void main(String[] args) throws Exception {
    RpcServer server = RpcServer.builder()
        .port(args.length > 0 ? Integer.parseInt(args[0]) : 0)
        .protocol(Protocol.COMPACT)
        .framing(Framing.FRAMED)
        .service(Calculator.processor(new CalculatorServer()))
        .start();
    System.out.println(server.port());
    System.out.flush();
    while (System.in.read() != -1) {
      // Serve until the demo closes our standard input.
    }
    server.shutdown(Duration.ofSeconds(5));
    System.out.println("server: stopped");
  }
}
