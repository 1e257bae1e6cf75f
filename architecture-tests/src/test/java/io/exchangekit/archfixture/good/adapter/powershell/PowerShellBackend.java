package io.exchangekit.archfixture.good.adapter.powershell;

import com.profesorfalken.jpowershell.FakePowerShell;

/** Shared PowerShell infrastructure, a listed public type: the vendor type stays private. */
public final class PowerShellBackend {
  private final FakePowerShell shell = PsShells.open();

  public String run(String script) {
    return shell + script;
  }
}
