package io.exchangekit.adapter.online;

import io.exchangekit.adapter.powershell.ConnectionRecipe;
import io.exchangekit.adapter.powershell.PowerShellText;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.Secret;
import java.util.ArrayList;
import java.util.List;

/** The Connect-ExchangeOnline connection, app-only or with a credential. */
final class OnlineConnection {
  private OnlineConnection() {}

  static ConnectionRecipe recipe(OnlineConfig config) {
    StringBuilder sb = new StringBuilder();
    List<Secret> secrets = new ArrayList<>();
    if (!config.appAuth()) {
      Secret password = config.password().orElseThrow();
      secrets.add(password);
      sb.append(
              "$ekc=New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList ")
          .append(PowerShellText.quote(config.login()))
          .append(',')
          .append(PowerShellText.secureString(password))
          .append(';');
    }
    sb.append("Connect-ExchangeOnline");
    if (config.appAuth()) {
      sb.append(" -AppId ")
          .append(PowerShellText.quote(config.login()))
          .append(" -Organization ")
          .append(PowerShellText.quote(config.organization().orElseThrow()));
      if (config.certificateThumbprint().isPresent()) {
        sb.append(" -CertificateThumbprint ")
            .append(PowerShellText.quote(config.certificateThumbprint().get()));
      } else {
        sb.append(" -CertificateFilePath ")
            .append(PowerShellText.quote(config.certificateFile().orElseThrow()));
        if (config.certificatePassword().isPresent()) {
          secrets.add(config.certificatePassword().get());
          sb.append(" -CertificatePassword ")
              .append(PowerShellText.secureString(config.certificatePassword().get()));
        }
      }
    } else {
      sb.append(" -Credential $ekc");
    }
    sb.append(" -ShowBanner:$false -SkipLoadingFormatData -ErrorAction Stop | Out-Null;")
        .append("$r='Exchange Online'");
    return new ConnectionRecipe(
        sb.toString(),
        secrets,
        "Disconnect-ExchangeOnline -Confirm:$false -ErrorAction Stop;$r=1",
        text -> ExchangeVersion.ONLINE,
        config.appAuth()
            ? "Exchange Online (" + config.organization().orElseThrow() + ")"
            : "Exchange Online");
  }
}
