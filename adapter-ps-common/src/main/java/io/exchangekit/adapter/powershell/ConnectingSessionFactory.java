package io.exchangekit.adapter.powershell;

import io.exchangekit.adapter.powershell.ExchangeErrorTable.Phase;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.mode.ExchangeVersion;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts a PowerShell process and connects it to Exchange with the adapter's recipe. */
final class ConnectingSessionFactory implements SessionPool.Factory {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectingSessionFactory.class);

  /**
   * Makes PowerShell's console read and write UTF-8 (Windows, where jPowerShell sets the code page
   * from the platform charset); a host without a console keeps its setting.
   */
  static final String CONSOLE_UTF8 =
      "try{[Console]::InputEncoding=[Text.Encoding]::UTF8;"
          + "[Console]::OutputEncoding=[Text.Encoding]::UTF8}catch{};"
          + "$OutputEncoding=[Text.Encoding]::UTF8;";

  private final PowerShellOptions options;
  private final ConnectionRecipe recipe;
  private final Supplier<PsProcess> processes;
  private final Clock clock;

  ConnectingSessionFactory(
      PowerShellOptions options,
      ConnectionRecipe recipe,
      Supplier<PsProcess> processes,
      Clock clock) {
    this.options = options;
    this.recipe = recipe;
    this.processes = processes;
    this.clock = clock;
  }

  @Override
  public PsSession open() {
    PsSession session = new PsSession(processes.get(), clock);
    Script connect =
        new Script(recipe.connect(), recipe.secrets(), "connecting to " + recipe.target());
    Envelope answer;
    try {
      if (options.windows()) {
        // a call of its own, in ASCII, so that the connect line (which may carry non-ASCII
        // secrets) is already read as UTF-8
        session.call(Script.of(CONSOLE_UTF8 + "$r=1", "console set-up"), options.callTimeout());
      }
      answer = session.call(connect, options.connectTimeout());
    } catch (SessionFailure f) {
      session.poison("connecting failed");
      throw f;
    }
    if (!answer.ok()) {
      session.poison("Exchange refused the connection");
      throw ExchangeErrorTable.toException(
          answer.error().orElseThrow(),
          Phase.CONNECT,
          "Connecting to " + recipe.target(),
          connect,
          options.throttleBackoff());
    }
    ExchangeVersion version;
    try {
      version = recipe.version().apply(answer.data().isNull() ? "" : answer.data().asText());
    } catch (RuntimeException e) {
      session.poison("the Exchange version could not be determined");
      throw new ExchangeConnectorException(
          "Connected to " + recipe.target() + " but " + e.getMessage(), e);
    }
    session.connected(
        version,
        recipe.disconnect().isBlank()
            ? null
            : Script.of(recipe.disconnect(), "disconnecting from " + recipe.target()));
    LOG.info("{} connected to {} ({})", session, recipe.target(), version.productName());
    return session;
  }
}
