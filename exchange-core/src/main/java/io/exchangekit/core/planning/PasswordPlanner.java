package io.exchangekit.core.planning;

import io.exchangekit.core.error.ModeNotSupportedException;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.Cmdlet;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.util.List;

/**
 * Plans a password reset, in the modes where the connector owns the password (create behaviour).
 */
public final class PasswordPlanner {
  private PasswordPlanner() {}

  /**
   * @throws ModeNotSupportedException in enable behaviour (the user's password belongs to whoever
   *     created the user) and on Exchange 2010, whose Set-Mailbox has no -Password
   */
  public static ProvisioningPlan reset(
      RecipientIdentity identity,
      Secret password,
      boolean changeAtNextLogon,
      PlanningContext context,
      MailboxState current) {
    if (!context.mode().creates()) {
      throw new ModeNotSupportedException(
          "RESET_PASSWORD needs newUserBehavior create: in enable behaviour the connector did not"
              + " create the user and does not own its password");
    }
    if (context.mode().isOnline()) {
      UserPrincipalName upn = UserPrincipalName.of(identity.value());
      return new ProvisioningPlan(
          ExchangePlan.EMPTY,
          new DirectoryPlan(
              List.of(new DirectoryAction.SetPassword(upn, password, changeAtNextLogon))),
          List.of(),
          List.of(),
          false);
    }
    if (context.mode().isHybrid()) {
      // Set-Mailbox does not see a remote mailbox and Set-RemoteMailbox has no -Password
      throw new ModeNotSupportedException(
          "RESET_PASSWORD is not available in hybrid scope: the user's password is its on-premises"
              + " AD account's, which the remote-mailbox cmdlets do not set; reset it in Active"
              + " Directory, from where it synchronises to the tenant");
    }
    if (context.version() == ExchangeVersion.EXCHANGE_2010) {
      throw new ModeNotSupportedException(
          "Exchange Server 2010 cannot set a password: its Set-Mailbox has no -Password parameter");
    }
    if (!current.userExists()) {
      throw new UnknownObjectException(
          "The operation couldn't be performed because object '"
              + identity
              + "' couldn't be found");
    }
    ExchangeCommand.Builder b =
        ExchangeCommand.of(Cmdlet.SET_MAILBOX, "set the password")
            .text("Identity", identity)
            .with("Password", new ParameterValue.SecretText(password));
    if (changeAtNextLogon) {
      b.with("ResetPasswordOnNextLogon", ParameterValue.bool(true));
    }
    return ProvisioningPlan.of(new ExchangePlan(List.of(b.build())), List.of());
  }
}
