package io.exchangekit.adapter.onprem;

import io.exchangekit.adapter.powershell.ConnectionRecipe;
import io.exchangekit.adapter.powershell.PowerShellBackend;
import io.exchangekit.adapter.powershell.PowerShellOptions;
import io.exchangekit.adapter.powershell.PowerShellProvider;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.ports.spi.BackendConfig;
import java.util.Objects;

/**
 * Exchange backend for Exchange Server 2010 and later over remote PowerShell ({@code
 * onprem-powershell}, scope PREMISE). Found with {@link java.util.ServiceLoader}, or constructed
 * directly and given an {@link OnPremConfig}. See {@link OnPremConfig} for the settings.
 *
 * <p>The connect line is WinRM remoting, so the sessions must run where a WSMan client exists: on a
 * Windows host (Windows PowerShell 5.1, the default {@code powershell.exe}), or through {@code
 * powershell.executable} naming a program that runs Windows PowerShell on a Windows management host
 * (e.g. over SSH). Creating a backend that would start PowerShell 7 ({@code pwsh}) on a non-Windows
 * host fails with an {@link IllegalArgumentException} that says so, unless {@code
 * wsman.linuxClient} declares a WSMan client installed there.
 */
public final class OnPremPowerShellProvider extends PowerShellProvider<OnPremConfig> {
  /** The provider's name. */
  public static final String NAME = "onprem-powershell";

  /** For {@link java.util.ServiceLoader}. */
  public OnPremPowerShellProvider() {
    super(NAME, Scope.PREMISE, OnPremConfig.KEYS);
  }

  @Override
  protected OnPremConfig read(BackendConfig config) {
    return OnPremConfig.from(config);
  }

  @Override
  protected PowerShellOptions powerShell(OnPremConfig config) {
    return config.powerShell();
  }

  @Override
  protected void requireProcessHost(OnPremConfig config) {
    RemotingHost.requireWsmanClient(config);
  }

  @Override
  protected ConnectionRecipe recipe(OnPremConfig config) {
    return OnPremConnection.recipe(config);
  }

  static PowerShellBackend open(OnPremConfig config) {
    Objects.requireNonNull(config, "'config' must not be null");
    RemotingHost.requireWsmanClient(config);
    return PowerShellBackend.open(config.powerShell(), OnPremConnection.recipe(config));
  }
}
