package io.parley.it.calc;

/** A hand-written handler of the generated service interface. */
public final class SimpleCalculator implements Calculator {
  @Override
  public void ping() {}

  @Override
  public int add(int left, int right) {
    return left + right;
  }

  @Override
  public int calculate(Work work) throws InvalidOperation {
    switch (work.op().value()) {
      case 1: return work.left() + work.right();
      case 2: return work.left() - work.right();
      case 3: return work.left() * work.right();
      case 4:
        if (work.right() == 0) {
          throw InvalidOperation.builder().op(work.op()).why("division by zero").build();
        }
        return work.left() / work.right();
      default:
        throw InvalidOperation.builder().op(work.op()).why("unknown operation").build();
    }
  }
}
