package io.exchangekit.adapter.openiam.amqp;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Runs tasks on a pool, but tasks with the same key one after another, in arrival order. Keys with
 * no pending task are forgotten, so the map stays as small as the work in flight.
 */
final class KeyedSerialExecutor {
  private final ExecutorService pool;
  private final Map<String, CompletableFuture<Void>> tails = new HashMap<>();

  KeyedSerialExecutor(ExecutorService pool) {
    this.pool = pool;
  }

  CompletableFuture<Void> submit(String key, Runnable task) {
    synchronized (tails) {
      CompletableFuture<Void> previous =
          tails.getOrDefault(key, CompletableFuture.completedFuture(null));
      CompletableFuture<Void> next = previous.handle((r, e) -> null).thenRunAsync(task, pool);
      tails.put(key, next);
      next.whenComplete(
          (r, e) -> {
            synchronized (tails) {
              tails.remove(key, next);
            }
          });
      return next;
    }
  }

  int pendingKeys() {
    synchronized (tails) {
      return tails.size();
    }
  }
}
