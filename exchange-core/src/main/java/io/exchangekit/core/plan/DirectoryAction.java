package io.exchangekit.core.plan;

import io.exchangekit.core.license.LicensePlan;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.util.Objects;
import java.util.Optional;

/** One change to a cloud user in the tenant's directory (Microsoft Graph). */
public sealed interface DirectoryAction {

  UserPrincipalName user();

  /**
   * Create a cloud user. Without a password the directory adapter generates one that is never
   * returned or logged.
   */
  record CreateCloudUser(
      UserPrincipalName user,
      DisplayName displayName,
      Alias mailNickname,
      UsageLocation usageLocation,
      Optional<Secret> password)
      implements DirectoryAction {
    public CreateCloudUser {
      Objects.requireNonNull(user, "'user' must not be null");
      Objects.requireNonNull(displayName, "'displayName' must not be null");
      Objects.requireNonNull(mailNickname, "'mailNickname' must not be null");
      Objects.requireNonNull(usageLocation, "'usageLocation' must not be null");
      Objects.requireNonNull(password, "'password' must not be null");
    }

    @Override
    public String toString() {
      return "create cloud user "
          + user
          + " (display name "
          + displayName
          + ", mail nickname "
          + mailNickname
          + ", usage location "
          + usageLocation
          + (password.isPresent() ? ", the given password" : ", a generated password")
          + ")";
    }
  }

  /** Set the user's usage location (needed before licences can be assigned). */
  record SetUsageLocation(UserPrincipalName user, UsageLocation usageLocation)
      implements DirectoryAction {
    public SetUsageLocation {
      Objects.requireNonNull(user, "'user' must not be null");
      Objects.requireNonNull(usageLocation, "'usageLocation' must not be null");
    }

    @Override
    public String toString() {
      return "set the usage location of " + user + " to " + usageLocation;
    }
  }

  /** One assignLicense call. */
  record AssignLicenses(UserPrincipalName user, LicensePlan plan) implements DirectoryAction {
    public AssignLicenses {
      Objects.requireNonNull(user, "'user' must not be null");
      Objects.requireNonNull(plan, "'plan' must not be null");
    }

    @Override
    public String toString() {
      return "assign licences to " + user + ": " + plan;
    }
  }

  /** Allow or block sign-in ({@code accountEnabled}). */
  record SetSignIn(UserPrincipalName user, boolean enabled) implements DirectoryAction {
    public SetSignIn {
      Objects.requireNonNull(user, "'user' must not be null");
    }

    @Override
    public String toString() {
      return (enabled ? "allow" : "block") + " sign-in of " + user;
    }
  }

  /** Revoke the user's refresh tokens and session cookies. */
  record RevokeSignInSessions(UserPrincipalName user) implements DirectoryAction {
    public RevokeSignInSessions {
      Objects.requireNonNull(user, "'user' must not be null");
    }

    @Override
    public String toString() {
      return "revoke the sign-in sessions of " + user;
    }
  }

  /** Set the cloud user's password ({@code passwordProfile}). */
  record SetPassword(UserPrincipalName user, Secret password, boolean forceChangeAtNextSignIn)
      implements DirectoryAction {
    public SetPassword {
      Objects.requireNonNull(user, "'user' must not be null");
      Objects.requireNonNull(password, "'password' must not be null");
    }

    @Override
    public String toString() {
      return "set the password of "
          + user
          + " to "
          + Secret.MASK
          + (forceChangeAtNextSignIn ? ", to be changed at the next sign-in" : "");
    }
  }

  /** Delete the cloud user (restorable for 30 days). */
  record DeleteCloudUser(UserPrincipalName user) implements DirectoryAction {
    public DeleteCloudUser {
      Objects.requireNonNull(user, "'user' must not be null");
    }

    @Override
    public String toString() {
      return "delete cloud user " + user + " (restorable for 30 days)";
    }
  }
}
