package io.exchangekit.archfixture.bad.ports.out;

import io.exchangekit.archfixture.bad.ports.in.AssignLicenseCommand;

/** Violates ports.out ↛ ports.in: a driven port that takes a use-case command. */
public interface LicensePort {
  void assign(AssignLicenseCommand command);
}
