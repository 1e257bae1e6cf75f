package io.exchangekit.core.planning;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.mailbox.CasProtocol;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mode.Warning;
import io.exchangekit.core.plan.Cmdlet;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans locking and unlocking a mailbox. A lock turns off the client protocols that are on (and,
 * where configured, the AD account or the cloud sign-in); when the deployment names a custom
 * attribute, the lock records there what it turned off, and unlock restores exactly that, so an
 * unlock never enables a protocol an administrator had disabled on purpose. In hybrid scope the
 * client protocols belong to the cloud mailbox, which the on-premises server cannot reach: lock and
 * unlock disable and enable the AD account, which reaches the tenant with the next synchronisation.
 */
public final class AccessPlanner {
  /** The prefix of a lock record in the custom attribute. */
  public static final String RECORD_PREFIX = "ExchangeKit-Lock:";

  private AccessPlanner() {}

  public static ProvisioningPlan lock(
      RecipientIdentity identity,
      PlanningContext context,
      MailboxState current,
      Optional<CloudUser> cloudUser) {
    requireMailbox(identity, current);
    if (context.mode().isHybrid()) {
      return hybrid(identity, current, true);
    }
    List<ExchangeCommand> commands = new ArrayList<>();
    Set<CasProtocol> turnOff = EnumSet.noneOf(CasProtocol.class);
    turnOff.addAll(current.enabledProtocols());
    if (!turnOff.isEmpty()) {
      ExchangeCommand.Builder cas =
          ExchangeCommand.of(Cmdlet.SET_CAS_MAILBOX, "turn off client access")
              .text("Identity", identity);
      turnOff.forEach(p -> cas.with(p.parameter(), ParameterValue.bool(false)));
      commands.add(cas.build());
    }
    context
        .options()
        .lockAttribute()
        .ifPresent(
            n -> {
              Set<CasProtocol> recorded =
                  recorded(current, n).orElse(EnumSet.noneOf(CasProtocol.class));
              Set<CasProtocol> all = EnumSet.noneOf(CasProtocol.class);
              all.addAll(recorded);
              all.addAll(turnOff);
              if (!turnOff.isEmpty() || recorded(current, n).isEmpty()) {
                commands.add(
                    ExchangeCommand.of(Cmdlet.SET_MAILBOX, "record what the lock turned off")
                        .text("Identity", identity)
                        .text("CustomAttribute" + n, record(all))
                        .build());
              }
            });
    List<DirectoryAction> actions = new ArrayList<>();
    if (context.mode().isOnline()) {
      cloudUser
          .filter(CloudUser::accountEnabled)
          .ifPresent(
              u -> {
                actions.add(new DirectoryAction.SetSignIn(u.userPrincipalName(), false));
                actions.add(new DirectoryAction.RevokeSignInSessions(u.userPrincipalName()));
              });
    } else if (context.options().lockAdAccount() && current.accountEnabled()) {
      commands.add(
          ExchangeCommand.of(Cmdlet.DISABLE_AD_ACCOUNT, "disable the AD account")
              .text("Identity", identity)
              .build());
    }
    return new ProvisioningPlan(
        new ExchangePlan(commands), new DirectoryPlan(actions), List.of(), List.of(), false);
  }

  public static ProvisioningPlan unlock(
      RecipientIdentity identity,
      PlanningContext context,
      MailboxState current,
      Optional<CloudUser> cloudUser) {
    requireMailbox(identity, current);
    if (context.mode().isHybrid()) {
      return hybrid(identity, current, false);
    }
    List<ExchangeCommand> commands = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    Set<CasProtocol> restore = EnumSet.allOf(CasProtocol.class);
    var attribute = context.options().lockAttribute();
    Optional<Set<CasProtocol>> record =
        attribute.isPresent() ? recorded(current, attribute.getAsInt()) : Optional.empty();
    if (attribute.isPresent()) {
      if (record.isEmpty()) {
        restore.clear();
        warnings.add(
            new Warning(
                "CustomAttribute" + attribute.getAsInt(),
                "no lock record: client protocols left as they are"));
      } else {
        restore = EnumSet.noneOf(CasProtocol.class);
        restore.addAll(record.get());
      }
    }
    restore.removeAll(current.enabledProtocols());
    if (!restore.isEmpty()) {
      ExchangeCommand.Builder cas =
          ExchangeCommand.of(Cmdlet.SET_CAS_MAILBOX, "restore client access")
              .text("Identity", identity);
      restore.forEach(p -> cas.with(p.parameter(), ParameterValue.bool(true)));
      commands.add(cas.build());
    }
    if (record.isPresent()) {
      commands.add(
          ExchangeCommand.of(Cmdlet.SET_MAILBOX, "clear the lock record")
              .text("Identity", identity)
              .with("CustomAttribute" + attribute.getAsInt(), new ParameterValue.Null())
              .build());
    }
    List<DirectoryAction> actions = new ArrayList<>();
    if (context.mode().isOnline()) {
      cloudUser
          .filter(u -> !u.accountEnabled())
          .ifPresent(u -> actions.add(new DirectoryAction.SetSignIn(u.userPrincipalName(), true)));
    } else if (context.options().lockAdAccount() && !current.accountEnabled()) {
      commands.add(
          ExchangeCommand.of(Cmdlet.ENABLE_AD_ACCOUNT, "enable the AD account")
              .text("Identity", identity)
              .build());
    }
    return new ProvisioningPlan(
        new ExchangePlan(commands), new DirectoryPlan(actions), warnings, List.of(), false);
  }

  private static ProvisioningPlan hybrid(
      RecipientIdentity mailbox, MailboxState current, boolean lock) {
    // the AD module knows a user by SamAccountName, DN, GUID or SID, not by UPN or alias
    RecipientIdentity identity =
        current
            .values()
            .value(io.exchangekit.core.mailbox.MailboxParameter.SAM_ACCOUNT_NAME)
            .map(sam -> RecipientIdentity.of(sam.toString()))
            .orElse(mailbox);
    List<ExchangeCommand> commands = new ArrayList<>();
    if (lock && current.accountEnabled()) {
      commands.add(
          ExchangeCommand.of(Cmdlet.DISABLE_AD_ACCOUNT, "disable the AD account")
              .text("Identity", identity)
              .build());
    } else if (!lock && !current.accountEnabled()) {
      commands.add(
          ExchangeCommand.of(Cmdlet.ENABLE_AD_ACCOUNT, "enable the AD account")
              .text("Identity", identity)
              .build());
    }
    Warning protocols =
        new Warning(
            "ClientProtocols",
            "a remote mailbox's client protocols are set in Exchange Online; hybrid "
                + (lock ? "lock disables" : "unlock enables")
                + " the AD account, which reaches the tenant with the next synchronisation");
    return ProvisioningPlan.of(new ExchangePlan(commands), List.of(protocols));
  }

  private static void requireMailbox(RecipientIdentity identity, MailboxState current) {
    if (!current.hasMailbox()) {
      throw new UnknownObjectException(
          "The operation couldn't be performed because object '"
              + identity
              + "' couldn't be found: there is no mailbox to lock or unlock");
    }
  }

  /** The protocols a lock record lists, when the attribute holds one. */
  public static Optional<Set<CasProtocol>> recorded(MailboxState state, int attribute) {
    String value = state.customAttributes().get(attribute);
    if (value == null || !value.startsWith(RECORD_PREFIX)) {
      return Optional.empty();
    }
    Set<CasProtocol> result = EnumSet.noneOf(CasProtocol.class);
    Arrays.stream(value.substring(RECORD_PREFIX.length()).split(","))
        .filter(s -> !s.isBlank())
        .forEach(
            s -> {
              try {
                result.add(CasProtocol.valueOf(s.trim()));
              } catch (IllegalArgumentException unknown) {
                // a record written by hand may name something else: restore only what we know
              }
            });
    return Optional.of(result);
  }

  static String record(Set<CasProtocol> protocols) {
    return RECORD_PREFIX + protocols.stream().map(Enum::name).collect(Collectors.joining(","));
  }
}
