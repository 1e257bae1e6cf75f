/**
 * How adapters plug in. An outbound adapter offers an {@link
 * io.exchangekit.ports.spi.ExchangeBackendProvider} (Exchange organisations, per connector scope)
 * or a {@link io.exchangekit.ports.spi.CloudDirectoryProvider} (Microsoft Graph), registered for
 * {@link java.util.ServiceLoader}; {@link io.exchangekit.ports.spi.Backends} finds them and fails
 * loudly, listing what it found, when none or several match. Hosts with a DI container may
 * construct providers directly instead.
 */
package io.exchangekit.ports.spi;
