package io.exchangekit.adapter.powershell;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scripted stand-in for a PowerShell process: a responder turns each line (and the call's nonce)
 * into an output; records lines, kills and closes.
 */
final class FakePowerShell implements PsProcess {
  private static final Pattern NONCE = Pattern.compile("n='([0-9a-f]{16})'");
  static final AtomicInteger STARTED = new AtomicInteger();

  private final BiFunction<String, String, Output> responder;
  final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  volatile boolean alive = true;
  volatile boolean killed;
  volatile boolean closed;

  FakePowerShell(BiFunction<String, String, Output> responder) {
    this.responder = responder;
    STARTED.incrementAndGet();
  }

  static String nonceOf(String line) {
    Matcher m = NONCE.matcher(line);
    return m.find() ? m.group(1) : "";
  }

  static Output ok(String nonce, String data) {
    return new Output(
        Status.ANSWERED, "{\"n\":\"" + nonce + "\",\"ok\":true,\"k\":0,\"d\":" + data + "}");
  }

  static Output failed(String nonce, int completed, String reason, String message) {
    return new Output(
        Status.ANSWERED,
        "{\"n\":\""
            + nonce
            + "\",\"ok\":false,\"k\":"
            + completed
            + ",\"d\":{},\"reason\":\""
            + reason
            + "\",\"fqid\":\"\",\"message\":\""
            + message
            + "\",\"category\":\"NotSpecified\"}");
  }

  /** Answers the connect script with a version text and everything else with {@code other}. */
  static FakePowerShell connectingThen(BiFunction<String, String, Output> other) {
    return new FakePowerShell(
        (line, nonce) ->
            line.contains("CONNECT") ? ok(nonce, "\"15.1\"") : other.apply(line, nonce));
  }

  @Override
  public Output send(String line, Duration timeout) {
    if (!alive) {
      return new Output(Status.NOT_SENT, "");
    }
    lines.add(line);
    return responder.apply(line, nonceOf(line));
  }

  @Override
  public boolean isAlive() {
    return alive;
  }

  @Override
  public void kill() {
    killed = true;
    alive = false;
  }

  @Override
  public void close(Duration timeout) {
    closed = true;
    alive = false;
  }
}
