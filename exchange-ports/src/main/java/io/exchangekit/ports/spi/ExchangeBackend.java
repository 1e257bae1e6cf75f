package io.exchangekit.ports.spi;

import io.exchangekit.ports.out.exchange.ExchangeCommandPort;
import io.exchangekit.ports.out.exchange.RecipientQueryPort;
import io.exchangekit.ports.out.exchange.RecipientStatePort;
import java.util.Objects;

/**
 * The ports one Exchange organisation offers, and how to release them (close the sessions).
 *
 * @param commands runs plans; never null
 * @param state reads current state; never null
 * @param query streams searches; never null
 * @param closer releases sessions and connections; never null
 */
public record ExchangeBackend(
    ExchangeCommandPort commands, RecipientStatePort state, RecipientQueryPort query, Closer closer)
    implements AutoCloseable {

  /** Releases what a backend holds; reports failures unchecked. */
  @FunctionalInterface
  public interface Closer extends AutoCloseable {
    /** Releases sessions and connections; repeated calls do nothing more. */
    @Override
    void close();
  }

  public ExchangeBackend {
    Objects.requireNonNull(commands, "'commands' must not be null");
    Objects.requireNonNull(state, "'state' must not be null");
    Objects.requireNonNull(query, "'query' must not be null");
    Objects.requireNonNull(closer, "'closer' must not be null");
  }

  /** Releases sessions and connections through the closer. */
  @Override
  public void close() {
    closer.close();
  }
}
