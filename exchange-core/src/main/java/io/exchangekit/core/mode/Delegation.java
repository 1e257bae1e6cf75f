package io.exchangekit.core.mode;

import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.plan.Cmdlet;
import java.util.Objects;
import java.util.Optional;

/**
 * How each delegate parameter is granted and revoked, by version: FullAccess is a mailbox
 * permission everywhere; SendAs is an Active Directory extended right on-premises and a recipient
 * permission in Exchange Online (which has no AD cmdlets); SendOnBehalf is the mailbox's
 * GrantSendOnBehalfTo list. The rule table's carrier of SendAs names the on-premises cmdlet; this
 * table says which one a version uses.
 */
public enum Delegation {
  FULL_ACCESS(MailboxParameter.FULL_ACCESS),
  SEND_AS(MailboxParameter.SEND_AS),
  SEND_ON_BEHALF(MailboxParameter.SEND_ON_BEHALF);

  private final MailboxParameter parameter;

  Delegation(MailboxParameter parameter) {
    this.parameter = parameter;
  }

  /** The request parameter that lists these delegates. */
  public MailboxParameter parameter() {
    return parameter;
  }

  /** The delegation a parameter lists, if it lists delegates. */
  public static Optional<Delegation> of(MailboxParameter parameter) {
    for (Delegation d : values()) {
      if (d.parameter == parameter) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** How {@code version} grants and revokes this delegation. */
  public Grant grant(ExchangeVersion version) {
    return switch (this) {
      case FULL_ACCESS ->
          new Grant.Permission(
              Cmdlet.ADD_MAILBOX_PERMISSION,
              Cmdlet.REMOVE_MAILBOX_PERMISSION,
              "User",
              "AccessRights",
              "FullAccess",
              false);
      case SEND_AS ->
          version.isOnline()
              ? new Grant.Permission(
                  Cmdlet.ADD_RECIPIENT_PERMISSION,
                  Cmdlet.REMOVE_RECIPIENT_PERMISSION,
                  "Trustee",
                  "AccessRights",
                  "SendAs",
                  false)
              : new Grant.Permission(
                  Cmdlet.ADD_AD_PERMISSION,
                  Cmdlet.REMOVE_AD_PERMISSION,
                  "User",
                  "ExtendedRights",
                  "Send-As",
                  true);
      case SEND_ON_BEHALF -> new Grant.Property(Cmdlet.SET_MAILBOX, "GrantSendOnBehalfTo");
    };
  }

  /** How a delegate is granted: one permission entry per delegate, or a multi-valued property. */
  public sealed interface Grant {

    /**
     * A permission entry per delegate: {@code add -Identity mailbox -trustee delegate -rights
     * right}, revoked by {@code remove} with the same parameters.
     *
     * @param byDirectoryName true when the cmdlet names the mailbox as an Active Directory object
     *     (its name or distinguished name), not by a recipient identity
     */
    record Permission(
        Cmdlet add,
        Cmdlet remove,
        String trustee,
        String rights,
        String right,
        boolean byDirectoryName)
        implements Grant {
      public Permission {
        Objects.requireNonNull(add, "'add' must not be null");
        Objects.requireNonNull(remove, "'remove' must not be null");
        Objects.requireNonNull(trustee, "'trustee' must not be null");
        Objects.requireNonNull(rights, "'rights' must not be null");
        Objects.requireNonNull(right, "'right' must not be null");
      }
    }

    /** A multi-valued property of the mailbox, changed with {@code @{Add=…;Remove=…}}. */
    record Property(Cmdlet cmdlet, String property) implements Grant {
      public Property {
        Objects.requireNonNull(cmdlet, "'cmdlet' must not be null");
        Objects.requireNonNull(property, "'property' must not be null");
      }
    }
  }
}
