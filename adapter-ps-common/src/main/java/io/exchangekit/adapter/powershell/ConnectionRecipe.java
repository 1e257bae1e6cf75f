package io.exchangekit.adapter.powershell;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.Secret;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How an adapter connects a fresh PowerShell process to Exchange: statements (one line, built with
 * {@link PowerShellText}) that connect and leave the detected version text in {@code $r}; the
 * secrets they contain; statements that disconnect; and how the version text maps to a version.
 *
 * @param connect connects and sets {@code $r}; contains secrets in clear, so it is never logged
 * @param secrets the secrets {@code connect} contains, masked in every text derived from the call
 * @param disconnect disconnects; may be empty
 * @param version reads the text left in {@code $r}
 * @param target a description of the target for logs and messages, e.g. the server URL
 */
public record ConnectionRecipe(
    String connect,
    List<Secret> secrets,
    String disconnect,
    Function<String, ExchangeVersion> version,
    String target) {
  public ConnectionRecipe {
    Objects.requireNonNull(connect, "'connect' must not be null");
    Objects.requireNonNull(disconnect, "'disconnect' must not be null");
    Objects.requireNonNull(version, "'version' must not be null");
    Objects.requireNonNull(target, "'target' must not be null");
    secrets = List.copyOf(secrets);
  }

  @Override
  public String toString() {
    return "ConnectionRecipe[" + target + "]";
  }
}
