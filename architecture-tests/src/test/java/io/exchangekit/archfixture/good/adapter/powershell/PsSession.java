package io.exchangekit.archfixture.good.adapter.powershell;

import com.profesorfalken.jpowershell.FakePowerShell;

/** Shared PowerShell infrastructure: the vendor type stays private. */
public final class PsSession {
  private final FakePowerShell shell = PsShells.open();

  public String run(String script) {
    return shell + script;
  }
}
