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
  }

  /** Set the user's usage location (needed before licences can be assigned). */
  record SetUsageLocation(UserPrincipalName user, UsageLocation usageLocation)
      implements DirectoryAction {
    public SetUsageLocation {
      Objects.requireNonNull(user, "'user' must not be null");
      Objects.requireNonNull(usageLocation, "'usageLocation' must not be null");
    }
  }

  /** One assignLicense call. */
  record AssignLicenses(UserPrincipalName user, LicensePlan plan) implements DirectoryAction {
    public AssignLicenses {
      Objects.requireNonNull(user, "'user' must not be null");
      Objects.requireNonNull(plan, "'plan' must not be null");
    }
  }

  /** Allow or block sign-in ({@code accountEnabled}). */
  record SetSignIn(UserPrincipalName user, boolean enabled) implements DirectoryAction {
    public SetSignIn {
      Objects.requireNonNull(user, "'user' must not be null");
    }
  }

  /** Revoke the user's refresh tokens and session cookies. */
  record RevokeSignInSessions(UserPrincipalName user) implements DirectoryAction {
    public RevokeSignInSessions {
      Objects.requireNonNull(user, "'user' must not be null");
    }
  }

  /** Set the cloud user's password ({@code passwordProfile}). */
  record SetPassword(UserPrincipalName user, Secret password, boolean forceChangeAtNextSignIn)
      implements DirectoryAction {
    public SetPassword {
      Objects.requireNonNull(user, "'user' must not be null");
      Objects.requireNonNull(password, "'password' must not be null");
    }
  }

  /** Delete the cloud user (restorable for 30 days). */
  record DeleteCloudUser(UserPrincipalName user) implements DirectoryAction {
    public DeleteCloudUser {
      Objects.requireNonNull(user, "'user' must not be null");
    }
  }
}
