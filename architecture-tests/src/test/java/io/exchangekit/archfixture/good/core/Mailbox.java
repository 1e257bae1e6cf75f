package io.exchangekit.archfixture.good.core;

import java.util.List;

/** A domain value that uses only the JDK. */
public record Mailbox(String alias, List<String> proxyAddresses) {
  public Mailbox {
    proxyAddresses = List.copyOf(proxyAddresses);
  }
}
