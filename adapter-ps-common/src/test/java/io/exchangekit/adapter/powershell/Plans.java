package io.exchangekit.adapter.powershell;

import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.ParameterValue;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds plans for tests: {@code command("Set-Mailbox", "Identity", "x", "Archive", null)}. */
public final class Plans {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private Plans() {}

  /** Name-value pairs; a String is text, a Boolean is $true/$false, null is a present switch. */
  public static ExchangeCommand command(String cmdlet, Object... pairs) {
    ExchangeCommand.Builder b = ExchangeCommand.of(cmdlet, "test " + cmdlet);
    for (int i = 0; i < pairs.length; i += 2) {
      String name = (String) pairs[i];
      Object v = pairs[i + 1];
      ParameterValue value =
          v == null
              ? ParameterValue.present()
              : v instanceof ParameterValue p
                  ? p
                  : v instanceof Boolean bool ? ParameterValue.bool(bool) : ParameterValue.text(v);
      b.with(name, value);
    }
    return b.build();
  }

  public static ExchangePlan plan(ExchangeCommand... commands) {
    return new ExchangePlan(List.of(commands));
  }

  /** A name no other test in this JVM uses. */
  public static String unique(String base) {
    return base + COUNTER.incrementAndGet() + "x" + (System.nanoTime() % 100000);
  }
}
