package io.exchangekit.adapter.openiam;

import java.io.IOException;
import java.io.Writer;

/**
 * Answers one request text by writing one response text, for transports that send the response
 * while it is produced ({@link OpenIamConnector#handle(String, Writer)} is one).
 */
@FunctionalInterface
public interface OpenIamHandler {
  /**
   * Writes the response to {@code requestJson} to {@code out}, as one JSON text without a line
   * break; flushes it and leaves it open.
   *
   * @throws IOException only when {@code out} fails
   */
  void handle(String requestJson, Writer out) throws IOException;
}
