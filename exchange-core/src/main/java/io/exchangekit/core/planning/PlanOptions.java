package io.exchangekit.core.planning;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Deployment choices that shape plans.
 *
 * @param strict parameters that do not apply in the current mode are violations, not warnings
 * @param lockAttribute the CustomAttribute (1–15) where a lock records the protocols it disabled,
 *     so that unlock restores exactly those
 * @param lockAdAccount lock and unlock also disable and enable the on-premises AD account
 * @param removeUnlistedLicenses licences the request does not list are removed
 */
public record PlanOptions(
    boolean strict,
    OptionalInt lockAttribute,
    boolean lockAdAccount,
    boolean removeUnlistedLicenses) {
  public static final PlanOptions DEFAULT =
      new PlanOptions(false, OptionalInt.empty(), false, false);

  public PlanOptions {
    Objects.requireNonNull(lockAttribute, "'lockAttribute' must not be null");
    lockAttribute.ifPresent(
        n -> {
          if (n < 1 || n > 15) {
            throw new IllegalArgumentException(
                "'lockAttribute' must be a CustomAttribute number from 1 to 15 but was " + n);
          }
        });
  }

  public PlanOptions withStrict(boolean value) {
    return new PlanOptions(value, lockAttribute, lockAdAccount, removeUnlistedLicenses);
  }

  public PlanOptions withLockAttribute(int number) {
    return new PlanOptions(strict, OptionalInt.of(number), lockAdAccount, removeUnlistedLicenses);
  }

  public PlanOptions withLockAdAccount(boolean value) {
    return new PlanOptions(strict, lockAttribute, value, removeUnlistedLicenses);
  }

  public PlanOptions withRemoveUnlistedLicenses(boolean value) {
    return new PlanOptions(strict, lockAttribute, lockAdAccount, value);
  }
}
