package io.exchangekit.archfixture.bad.adapter.powershell;

import com.profesorfalken.jpowershell.FakePowerShell;

/** Violates the vendor rule: jPowerShell in a parameter and in a protected return type. */
public class PsRunner {
  public String run(FakePowerShell shell, String script) {
    return script;
  }

  protected FakePowerShell shell() {
    return new FakePowerShell();
  }
}
