package io.exchangekit.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs sequences of requests on a fixed number of threads: each sequence (e.g. one user's life
 * cycle) runs in order on one thread, sequences run side by side, as a transport that never runs
 * two requests for the same identity at once.
 */
public final class Concurrently {
  private Concurrently() {}

  /** Every response, in no particular order. */
  public static List<String> run(
      int threads, List<List<String>> sequences, Function<String, String> handler) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (List<String> sequence : sequences) {
        futures.add(
            pool.submit(
                () -> {
                  List<String> out = new ArrayList<>();
                  for (String request : sequence) {
                    out.add(handler.apply(request));
                  }
                  return out;
                }));
      }
      List<String> all = Collections.synchronizedList(new ArrayList<>());
      for (Future<List<String>> f : futures) {
        all.addAll(f.get());
      }
      return all;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
