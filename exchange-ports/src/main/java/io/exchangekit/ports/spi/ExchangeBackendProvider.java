package io.exchangekit.ports.spi;

import io.exchangekit.core.mode.Scope;

/**
 * Service provider of an Exchange backend, found with {@link java.util.ServiceLoader} (register the
 * implementation in {@code META-INF/services/io.exchangekit.ports.spi.ExchangeBackendProvider}) or
 * constructed directly by a DI container.
 *
 * <p>To implement a backend: implement the ports of {@code io.exchangekit.ports.out.exchange}, make
 * their test classes extend the contract suites of {@code test-fixtures}, and return them from
 * {@link #create}.
 */
public interface ExchangeBackendProvider {
  /** The SPI version this provider was written for. */
  int SPI_VERSION = 1;

  /**
   * A short unique name, e.g. {@code onprem-powershell}; used to choose between providers.
   *
   * @return never null
   */
  String name();

  /**
   * The connector scope this provider serves.
   *
   * @return never null
   */
  Scope scope();

  /**
   * Whether this provider serves only configurations that name it (emulators and other stand-ins
   * that must never be picked by accident when a real provider is also on the class path).
   *
   * @return false unless overridden
   */
  default boolean onlyWhenNamed() {
    return false;
  }

  /** The SPI version this provider implements; must equal {@link #SPI_VERSION}. */
  default int spiVersion() {
    return SPI_VERSION;
  }

  /**
   * Creates the backend. Sessions may be opened lazily.
   *
   * @param config never null
   * @return never null
   * @throws IllegalArgumentException naming a setting that is missing or invalid
   */
  ExchangeBackend create(BackendConfig config);
}
