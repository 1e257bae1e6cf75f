package io.exchangekit.ports.in.license;

import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.util.List;
import java.util.Objects;

/**
 * Give a cloud user exactly the listed licences with exactly the listed disabled plans.
 *
 * @param user the cloud user; never null
 * @param licenses the desired licences; SKUs not listed are left alone unless {@code
 *     removeUnlisted}; never null
 * @param removeUnlisted remove licences the request does not list
 * @param dryRun plan only
 */
public record AssignLicensesCommand(
    UserPrincipalName user,
    List<LicenseSelection> licenses,
    boolean removeUnlisted,
    boolean dryRun) {
  public AssignLicensesCommand {
    Objects.requireNonNull(user, "'user' must not be null");
    licenses = List.copyOf(licenses);
  }
}
