package io.exchangekit.adapter.onprem;

import io.exchangekit.adapter.powershell.ConnectionRecipe;
import io.exchangekit.adapter.powershell.PowerShellText;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.Secret;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remote PowerShell connection: New-PSSession to the server's PowerShell virtual directory,
 * Import-PSSession, and the version from Get-ExchangeServer's AdminDisplayVersion.
 */
final class OnPremConnection {
  private static final Logger LOG = LoggerFactory.getLogger(OnPremConnection.class);
  private static final Pattern VERSION =
      Pattern.compile("(\\d+)\\.(\\d+)\\s*\\(Build\\s*(\\d+)", Pattern.CASE_INSENSITIVE);

  private OnPremConnection() {}

  static ConnectionRecipe recipe(OnPremConfig config) {
    StringBuilder sb = new StringBuilder();
    List<Secret> secrets = List.of();
    if (config.login().isPresent()) {
      Secret password = config.password().orElseThrow();
      secrets = List.of(password);
      sb.append(
              "$ekc=New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList ")
          .append(PowerShellText.quote(config.login().get()))
          .append(',')
          .append(PowerShellText.secureString(password))
          .append(';');
    }
    sb.append("$eks=New-PSSession -ConfigurationName 'Microsoft.Exchange' -ConnectionUri ")
        .append(PowerShellText.quote(config.connectionUri()))
        .append(" -Authentication ")
        .append(PowerShellText.quote(config.authentication().value()));
    if (config.login().isPresent()) {
      sb.append(" -Credential $ekc");
    }
    sb.append(" -ErrorAction Stop;")
        .append(
            "Import-PSSession -Session $eks -DisableNameChecking -AllowClobber -ErrorAction Stop"
                + " | Out-Null;")
        .append(
            "$r='';try{$r=[string](Get-ExchangeServer -ErrorAction Stop | Select-Object -First"
                + " 1).AdminDisplayVersion}catch{$r=''}");
    return new ConnectionRecipe(
        sb.toString(),
        secrets,
        "Remove-PSSession -Session $eks -ErrorAction Stop;$r=1",
        text -> version(text, config.version()),
        config.connectionUri());
  }

  /**
   * The version from AdminDisplayVersion ("Version 15.1 (Build 2507.6)"), else the configured one.
   *
   * @throws IllegalArgumentException when neither is known
   */
  static ExchangeVersion version(String adminDisplayVersion, Optional<ExchangeVersion> configured) {
    Optional<ExchangeVersion> detected = detect(adminDisplayVersion);
    if (detected.isPresent()) {
      if (configured.isPresent() && configured.get() != detected.get()) {
        LOG.warn(
            "The server reports {} but 'exchange.version' says {}; using the server's",
            detected.get().productName(),
            configured.get().productName());
      }
      return detected.get();
    }
    return configured.orElseThrow(
        () ->
            new IllegalArgumentException(
                "the Exchange version could not be detected (the service account may not run"
                    + " Get-ExchangeServer); set 'exchange.version' to 2010, 2013, 2016, 2019 or"
                    + " SE"));
  }

  static Optional<ExchangeVersion> detect(String text) {
    Matcher m = VERSION.matcher(text == null ? "" : text);
    if (!m.find()) {
      return Optional.empty();
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    int build = Integer.parseInt(m.group(3));
    if (major == 14) {
      return Optional.of(ExchangeVersion.EXCHANGE_2010);
    }
    if (major != 15) {
      return Optional.empty();
    }
    return Optional.of(
        switch (minor) {
          case 0 -> ExchangeVersion.EXCHANGE_2013;
          case 1 -> ExchangeVersion.EXCHANGE_2016;
          default -> build >= 2562 ? ExchangeVersion.EXCHANGE_SE : ExchangeVersion.EXCHANGE_2019;
        });
  }
}
