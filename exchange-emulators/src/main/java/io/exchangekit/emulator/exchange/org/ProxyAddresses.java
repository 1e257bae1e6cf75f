package io.exchangekit.emulator.exchange.org;

import io.exchangekit.emulator.exchange.org.Model.Mailbox;
import java.util.ArrayList;
import java.util.List;

/** Proxy addresses ({@code SMTP:} primary, {@code smtp:} or other prefixes for the rest). */
final class ProxyAddresses {

  private ProxyAddresses() {}

  static String stripPrefix(String proxy) {
    int i = proxy.indexOf(':');
    return i < 0 ? proxy : proxy.substring(i + 1);
  }

  /** The primary SMTP address, without its prefix; null if there is none. */
  static String primaryOf(Mailbox m) {
    for (String a : m.emailAddresses) {
      if (a.startsWith("SMTP:")) {
        return stripPrefix(a);
      }
    }
    return null;
  }

  /** Makes {@code address} the primary, demoting the former primary to a secondary. */
  static void setPrimary(Mailbox m, String address) {
    List<String> next = new ArrayList<>();
    for (String a : m.emailAddresses) {
      if (stripPrefix(a).equalsIgnoreCase(address)) {
        continue;
      }
      next.add(a.startsWith("SMTP:") ? "smtp:" + stripPrefix(a) : a);
    }
    next.add(0, "SMTP:" + address);
    m.emailAddresses = next;
  }
}
