package io.exchangekit.connector;

import io.exchangekit.ports.service.ExchangeUseCases;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The use cases the connector serves, and what to release (or save) when the run ends. */
final class Target implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Target.class);
  private final ExchangeUseCases useCases;
  private final List<AutoCloseable> resources;
  private final int poolSize;
  private boolean closed;

  Target(ExchangeUseCases useCases, List<AutoCloseable> resources, int poolSize) {
    this.useCases = useCases;
    this.resources = new ArrayList<>(resources);
    this.poolSize = poolSize;
  }

  ExchangeUseCases useCases() {
    return useCases;
  }

  /** The largest session pool, to match the queue prefetch to. */
  int poolSize() {
    return poolSize;
  }

  /** Closes in reverse order of opening, once; a failure is logged, the rest still close. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        LOG.warn(
            "closing {} failed: {}", resources.get(i).getClass().getSimpleName(), e.getMessage());
      }
    }
  }
}
