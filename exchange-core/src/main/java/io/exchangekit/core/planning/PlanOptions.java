package io.exchangekit.core.planning;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Deployment choices that shape plans.
 *
 * @param strict parameters that do not apply in the current mode are violations, not warnings
 * @param lockAttribute the CustomAttribute (1–15) where a lock records the protocols it disabled,
 *     so that unlock restores exactly those
 * @param lockAdAccount lock and unlock also disable and enable the on-premises AD account
 * @param removeUnlistedLicenses licences the request does not list are removed
 * @param remoteRoutingDomain hybrid scope: the tenant's routing domain ({@code
 *     tenant.mail.onmicrosoft.com}) a remote mailbox's RemoteRoutingAddress is made in
 */
public record PlanOptions(
    boolean strict,
    OptionalInt lockAttribute,
    boolean lockAdAccount,
    boolean removeUnlistedLicenses,
    Optional<String> remoteRoutingDomain) {
  /** The suffix every tenant's routing domain has. */
  public static final String ROUTING_DOMAIN_SUFFIX = ".mail.onmicrosoft.com";

  public static final PlanOptions DEFAULT =
      new PlanOptions(false, OptionalInt.empty(), false, false, Optional.empty());

  public PlanOptions {
    Objects.requireNonNull(lockAttribute, "'lockAttribute' must not be null");
    lockAttribute.ifPresent(
        n -> {
          if (n < 1 || n > 15) {
            throw new IllegalArgumentException(
                "'lockAttribute' must be a CustomAttribute number from 1 to 15 but was " + n);
          }
        });
    Objects.requireNonNull(remoteRoutingDomain, "'remoteRoutingDomain' must not be null");
    remoteRoutingDomain = remoteRoutingDomain.map(PlanOptions::routingDomain);
  }

  private static String routingDomain(String text) {
    String d = text.trim().toLowerCase(Locale.ROOT);
    String tenant =
        d.endsWith(ROUTING_DOMAIN_SUFFIX)
            ? d.substring(0, d.length() - ROUTING_DOMAIN_SUFFIX.length())
            : "";
    if (!tenant.matches("[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?")) {
      throw new IllegalArgumentException(
          "'remoteRoutingDomain' must be the tenant's routing domain, e.g."
              + " contoso.mail.onmicrosoft.com (one DNS label, then"
              + ROUTING_DOMAIN_SUFFIX
              + ") but was '"
              + text
              + "'");
    }
    return d;
  }

  public PlanOptions withStrict(boolean value) {
    return new PlanOptions(
        value, lockAttribute, lockAdAccount, removeUnlistedLicenses, remoteRoutingDomain);
  }

  public PlanOptions withLockAttribute(int number) {
    return new PlanOptions(
        strict, OptionalInt.of(number), lockAdAccount, removeUnlistedLicenses, remoteRoutingDomain);
  }

  public PlanOptions withLockAdAccount(boolean value) {
    return new PlanOptions(
        strict, lockAttribute, value, removeUnlistedLicenses, remoteRoutingDomain);
  }

  public PlanOptions withRemoveUnlistedLicenses(boolean value) {
    return new PlanOptions(strict, lockAttribute, lockAdAccount, value, remoteRoutingDomain);
  }

  /**
   * The same options with the hybrid routing domain.
   *
   * @throws IllegalArgumentException unless it is {@code <tenant>.mail.onmicrosoft.com}
   */
  public PlanOptions withRemoteRoutingDomain(String domain) {
    return new PlanOptions(
        strict,
        lockAttribute,
        lockAdAccount,
        removeUnlistedLicenses,
        Optional.of(Objects.requireNonNull(domain, "'remoteRoutingDomain' must not be null")));
  }
}
