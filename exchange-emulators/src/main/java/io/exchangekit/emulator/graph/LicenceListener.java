package io.exchangekit.emulator.graph;

/**
 * Told whenever the licences of a user of the emulated tenant change (assignment, removal, deletion
 * of a licensed user). The connector wires this to the Exchange emulator, so that a mailbox appears
 * once an Exchange plan is enabled for the user.
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
}
