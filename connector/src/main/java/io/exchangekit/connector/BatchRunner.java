package io.exchangekit.connector;

import java.io.PrintStream;
import java.io.Reader;
import java.util.function.UnaryOperator;

/**
 * Runs the requests of one input in order, printing one response per line, and reports progress on
 * standard error for long runs.
 */
final class BatchRunner {
  private final UnaryOperator<String> handler;
  private final PrintStream out;
  private final PrintStream err;
  private final long progressEveryMillis;

  BatchRunner(
      UnaryOperator<String> handler, PrintStream out, PrintStream err, long progressEveryMillis) {
    this.handler = handler;
    this.out = out;
    this.err = err;
    this.progressEveryMillis = progressEveryMillis;
  }

  /**
   * @param total the number of requests when known in advance, else -1
   * @return the number of requests answered
   */
  long run(Reader input, long total, long doneBefore) {
    long done = doneBefore;
    long lastReport = System.currentTimeMillis();
    RequestSplitter requests = new RequestSplitter(input);
    while (requests.hasNext()) {
      out.println(handler.apply(requests.next()));
      out.flush();
      done++;
      long now = System.currentTimeMillis();
      if (now - lastReport >= progressEveryMillis) {
        err.println("progress: " + done + (total >= 0 ? " / " + total : "") + " requests done");
        lastReport = now;
      }
    }
    return done;
  }

  /** Counts the requests of an input (for progress of file runs). */
  static long count(Reader input) {
    long n = 0;
    RequestSplitter requests = new RequestSplitter(input);
    while (requests.hasNext()) {
      requests.next();
      n++;
    }
    return n;
  }
}
