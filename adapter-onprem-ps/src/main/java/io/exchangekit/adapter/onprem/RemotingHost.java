package io.exchangekit.adapter.onprem;

import java.util.Locale;
import java.util.Set;

/**
 * Whether the host can run the connect line at all. {@code New-PSSession -ConnectionUri} is WinRM
 * remoting and needs a WSMan client: Windows has one; PowerShell 7 on Linux and macOS does not. It
 * fails there with "This parameter set requires WSMan, and no supported WSMan client library was
 * found" (PowerShell/PowerShell#11159, #12674, #25110; PowerShell-Docker#347, where the maintainers
 * advise SSH remoting instead), and PowerShell's committee removed the unmaintained client library
 * from non-Windows builds, pointing to the community PSWSMan module (PowerShell/PowerShell#17390).
 */
final class RemotingHost {
  private static final Set<String> POWERSHELL_7 =
      Set.of("pwsh", "pwsh.exe", "pwsh-preview", "pwsh-lts");

  private RemotingHost() {}

  /**
   * Refuses a configuration that would start PowerShell 7 on a non-Windows host without a WSMan
   * client declared. A different executable (a wrapper that reaches a Windows management host, or a
   * stand-in) is not judged.
   *
   * @throws IllegalArgumentException saying what works and which setting changes it
   */
  static void requireWsmanClient(OnPremConfig config) {
    var options = config.powerShell();
    if (options.windows() || config.linuxWsmanClient() || !isPowerShell7(options.executable())) {
      return;
    }
    throw new IllegalArgumentException(
        "the on-premises backend connects with WinRM remoting (New-PSSession -ConnectionUri "
            + config.connectionUri()
            + "), but PowerShell 7 ('"
            + options.executable()
            + "') on this non-Windows host has no WSMan client and fails with \"This parameter set"
            + " requires WSMan, and no supported WSMan client library was found\". What works: run"
            + " the connector on a Windows host (setting 'powershell.executable' powershell.exe,"
            + " the default there); or set 'powershell.executable' to a program that runs Windows"
            + " PowerShell on a Windows management host, e.g. over SSH; or, if a WSMan client is"
            + " installed for PowerShell 7 here (the PSWSMan module), set 'wsman.linuxClient' to"
            + " true");
  }

  /** Whether the executable, by its file name, is PowerShell 7. */
  static boolean isPowerShell7(String executable) {
    String name = executable.trim();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return POWERSHELL_7.contains(name.substring(slash + 1).toLowerCase(Locale.ROOT));
  }
}
