package io.exchangekit.emulator.exchange.org;

import java.util.Locale;

/**
 * The operating system of the emulated PowerShell host. It decides what the session set-up commands
 * can do: Windows PowerShell on Windows has WinRM's WSMan client, so {@code New-PSSession
 * -ConnectionUri} works; PowerShell 7 on Linux has none and refuses that parameter set (see {@link
 * ExchangeErrors}), while {@code Connect-ExchangeOnline} of EXO V3 works on both (REST, no WinRM).
 */
public enum HostPlatform {
  /** Windows PowerShell 5.1 (or PowerShell 7) on Windows: the default. */
  WINDOWS,
  /** PowerShell 7 on Linux without a WSMan client library. */
  LINUX;

  /**
   * Parses {@code windows} or {@code linux}, in any case.
   *
   * @throws IllegalArgumentException naming the values allowed
   */
  public static HostPlatform parse(String text) {
    for (HostPlatform p : values()) {
      if (p.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "host platform must be windows or linux but was '" + text + "'");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
