package io.exchangekit.ports.spi;

import io.exchangekit.ports.out.directory.CloudDirectoryPort;

/**
 * Service provider of the cloud directory port (Microsoft Graph), found with {@link
 * java.util.ServiceLoader} or constructed directly.
 */
public interface CloudDirectoryProvider {
  /**
   * A short unique name, e.g. {@code graph}.
   *
   * @return never null
   */
  String name();

  /**
   * Whether this provider serves only configurations that name it, as {@link
   * ExchangeBackendProvider#onlyWhenNamed()}.
   *
   * @return false unless overridden
   */
  default boolean onlyWhenNamed() {
    return false;
  }

  /** The SPI version this provider implements. */
  default int spiVersion() {
    return ExchangeBackendProvider.SPI_VERSION;
  }

  /**
   * @param config never null
   * @return never null
   * @throws IllegalArgumentException naming a setting that is missing or invalid
   */
  CloudDirectoryPort create(BackendConfig config);
}
