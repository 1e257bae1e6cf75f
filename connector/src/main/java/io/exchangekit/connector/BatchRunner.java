package io.exchangekit.connector;

import io.exchangekit.adapter.openiam.OpenIamHandler;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Runs the requests of one input in order, printing one response per line (written while it is
 * produced: a SEARCH's objects leave as they arrive), and reports progress on standard error for
 * long runs.
 */
final class BatchRunner {
  private final OpenIamHandler handler;
  private final Writer out;
  private final PrintStream err;
  private final long progressEveryMillis;

  BatchRunner(OpenIamHandler handler, PrintStream out, PrintStream err, long progressEveryMillis) {
    this.handler = handler;
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.err = err;
    this.progressEveryMillis = progressEveryMillis;
  }

  /**
   * @param total the number of requests when known in advance, else -1
   * @return the number of requests answered
   * @throws IOException when standard output fails
   */
  long run(Reader input, long total, long doneBefore) throws IOException {
    long done = doneBefore;
    long lastReport = System.currentTimeMillis();
    RequestSplitter requests = new RequestSplitter(input);
    while (requests.hasNext()) {
      handler.handle(requests.next(), out);
      out.write(System.lineSeparator());
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
