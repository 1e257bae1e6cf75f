package io.exchangekit.emulator.graph;

/**
 * Told whenever the licences of a user of the emulated tenant change (assignment, removal, deletion
 * of a licensed user), and, if it cares, when a user is deleted or its sign-in changes. The
 * connector wires this to the Exchange emulator, so that a mailbox appears once an Exchange plan is
 * enabled for the user.
 */
@FunctionalInterface
public interface LicenceListener {

  /**
   * @param userPrincipalName the user's UPN, never null
   * @param displayName the user's display name, never null
   * @param hasExchangePlan whether some enabled plan of the user's licences is an Exchange mailbox
   *     plan (EXCHANGE_S_ENTERPRISE, EXCHANGE_S_STANDARD …)
   */
  void licenceChanged(String userPrincipalName, String displayName, boolean hasExchangePlan);

  /**
   * A user of the tenant was deleted (told after {@link #licenceChanged} for a licensed user);
   * Exchange Online loses the user and its mailbox with it.
   *
   * @param userPrincipalName the user's UPN, never null
   */
  default void userDeleted(String userPrincipalName) {}

  /**
   * A user's sign-in was blocked or allowed ({@code accountEnabled} changed).
   *
   * @param userPrincipalName the user's UPN, never null
   * @param enabled the new {@code accountEnabled}
   */
  default void signInChanged(String userPrincipalName, boolean enabled) {}
}
