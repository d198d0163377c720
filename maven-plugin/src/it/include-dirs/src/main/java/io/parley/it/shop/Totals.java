package io.parley.it.shop;

import io.parley.it.shared.Money;

/** Uses types generated from the three IDL files together. */
public final class Totals {
  private Totals() {}

  public static Order order(long id, long cents) {
    return Order.builder().id(id).total(Money.builder().currency("EUR").cents(cents).build()).build();
  }

  public static boolean isOpen(Order order) {
    return order.status().equals(Status.OPEN);
  }
}
