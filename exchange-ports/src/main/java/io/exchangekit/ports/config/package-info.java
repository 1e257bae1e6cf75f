/**
 * One public way to configure ExchangeKit: {@link io.exchangekit.ports.config.ExchangeKit} reads
 * the keys of {@code docs/connector-configuration.md} (a properties file, {@link
 * java.util.Properties} or a builder), refuses unknown or misspelt keys naming the nearest known
 * one, finds the backends through {@link io.exchangekit.ports.spi.Backends} and returns ready use
 * cases with the deployment's default connector mode. The runnable connector and embedding
 * applications share it.
 */
package io.exchangekit.ports.config;
