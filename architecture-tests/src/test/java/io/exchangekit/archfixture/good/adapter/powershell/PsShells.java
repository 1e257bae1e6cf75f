package io.exchangekit.archfixture.good.adapter.powershell;

import com.profesorfalken.jpowershell.FakePowerShell;

/** Package-private: its public method may mention the vendor type. */
final class PsShells {
  private PsShells() {}

  public static FakePowerShell open() {
    return new FakePowerShell();
  }

  /** Public but nested in a package-private class: not visible outside the package. */
  public static final class Handle {}
}
