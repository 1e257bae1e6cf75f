package io.exchangekit.emulator.graph;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;

/** Decides which Graph requests are answered with 429 or 503 instead of being served. */
final class FaultInjector {

  /** Status that makes the emulator carry out the request and then answer 503 anyway. */
  static final int LOST_RESPONSE = -503;

  private final Deque<Integer> queued = new ArrayDeque<>();
  private double writeRatio;
  private int writeStatus = 429;
  private Random random = new Random(0);
  private Duration retryAfter = Duration.ofMillis(50);
  private int injected;

  synchronized void throttleWrites(double ratio, long seed, int status) {
    if (ratio < 0 || ratio > 1) {
      throw new IllegalArgumentException("'ratio' must be between 0 and 1");
    }
    requireFaultStatus(status);
    this.writeRatio = ratio;
    this.writeStatus = status;
    this.random = new Random(seed);
  }

  synchronized void failNext(int count, int status) {
    requireFaultStatus(status);
    for (int i = 0; i < count; i++) {
      queued.add(status);
    }
  }

  synchronized void loseNextResponses(int count) {
    for (int i = 0; i < count; i++) {
      queued.add(LOST_RESPONSE);
    }
  }

  synchronized void retryAfter(Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(
          "'retryAfter' must be positive (Retry-After 0 is never sent)");
    }
    this.retryAfter = d;
  }

  synchronized void reset() {
    queued.clear();
    writeRatio = 0;
  }

  /**
   * The status to answer with instead of serving, 0 to serve, or {@link #LOST_RESPONSE} to serve
   * and answer 503.
   */
  synchronized int decide(boolean write) {
    Integer head = queued.peek();
    if (head != null && head == LOST_RESPONSE && !write) {
      return 0; // lost responses are kept for writes
    }
    Integer next = queued.poll();
    if (next != null) {
      injected++;
      return next;
    }
    if (write && writeRatio > 0 && random.nextDouble() < writeRatio) {
      injected++;
      return writeStatus;
    }
    return 0;
  }

  synchronized int injected() {
    return injected;
  }

  /** Seconds, with decimals; always positive. */
  synchronized String retryAfterHeader() {
    long millis = Math.max(1, retryAfter.toMillis());
    return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
  }

  private static void requireFaultStatus(int status) {
    if (status != 429 && status != 503) {
      throw new IllegalArgumentException("'status' must be 429 or 503");
    }
  }
}
