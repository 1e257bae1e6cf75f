package io.exchangekit.adapter.powershell;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.EmulatorSession;
import io.exchangekit.emulator.exchange.ExchangeEmulator;
import io.exchangekit.emulator.exchange.FaultPlan;
import java.time.Duration;
import java.util.List;

/**
 * The emulator's in-process session as a {@link PsProcess}: the adapters' whole stack without a
 * child process, for properties that need many examples (the end-to-end tests use jPowerShell).
 */
final class InProcessPowerShell implements PsProcess {
  private final EmulatorSession session;

  InProcessPowerShell(EmulatorSession session) {
    this.session = session;
  }

  @Override
  public Output send(String line, Duration timeout) {
    if (!session.isAlive()) {
      return new Output(Status.NOT_SENT, "");
    }
    var r = session.run(line);
    if (r.crashed()) {
      return new Output(Status.DIED, "");
    }
    if (r.timedOut()) {
      return new Output(Status.TIMED_OUT, "");
    }
    return new Output(Status.ANSWERED, r.output());
  }

  @Override
  public boolean isAlive() {
    return session.isAlive();
  }

  @Override
  public void kill() {
    session.close();
  }

  @Override
  public void close(Duration timeout) {
    session.close();
  }

  /** An on-premises style recipe that connects to the emulator's server. */
  static ConnectionRecipe onPremRecipe(ExchangeVersion version) {
    if (version.isOnline()) {
      return new ConnectionRecipe(
          "Connect-ExchangeOnline -AppId 'app' -Organization 'contoso.onmicrosoft.com'"
              + " -CertificateFilePath '/x.pfx' -ShowBanner:$false -ErrorAction Stop | Out-Null;"
              + "$r='x'",
          List.of(),
          "Disconnect-ExchangeOnline -Confirm:$false -ErrorAction Stop;$r=1",
          t -> version,
          "emulated Exchange Online");
    }
    return new ConnectionRecipe(
        "$eks=New-PSSession -ConfigurationName 'Microsoft.Exchange' -ConnectionUri"
            + " 'http://EXCHANGE1.contoso.com/PowerShell/' -Authentication 'Kerberos' -ErrorAction"
            + " Stop;Import-PSSession -Session $eks -DisableNameChecking -ErrorAction Stop |"
            + " Out-Null;$r='x'",
        List.of(),
        "Remove-PSSession -Session $eks -ErrorAction Stop;$r=1",
        t -> version,
        "emulated " + version.productName());
  }

  static PowerShellOptions options(int sessions) {
    return new PowerShellOptions(
        "in-process",
        sessions,
        Duration.ofMinutes(10),
        Duration.ofHours(1),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        2,
        Duration.ofMillis(10),
        7,
        false);
  }

  /** A backend over in-process emulator sessions of {@code emulator}. */
  static PowerShellBackend backend(ExchangeEmulator emulator, int sessions) {
    return PowerShellBackend.open(
        options(sessions),
        onPremRecipe(emulator.version()),
        () -> new InProcessPowerShell(emulator.newDisconnectedSession()));
  }

  static ExchangeEmulator emulator(ExchangeVersion version) {
    return ExchangeEmulator.forVersion(version)
        .withDemoOrganisation()
        .withFaults(FaultPlan.none())
        .withRunTimeout(Duration.ofSeconds(5));
  }
}
