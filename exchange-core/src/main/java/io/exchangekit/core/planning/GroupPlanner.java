package io.exchangekit.core.planning;

import static io.exchangekit.core.group.GroupParameter.*;

import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.error.ValidationException;
import io.exchangekit.core.error.Violation;
import io.exchangekit.core.group.DistributionGroupSettings;
import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mode.Warning;
import io.exchangekit.core.plan.Cmdlet;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.recipient.KnownRecipient;
import io.exchangekit.core.recipient.RecipientIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pure planner for distribution groups: create or update, delete, and member changes, each
 * converging on the request (adding a member who is already one plans nothing).
 */
public final class GroupPlanner {
  private GroupPlanner() {}

  /**
   * Plans saving a group: New-DistributionGroup when it does not exist (then what New- does not
   * take), otherwise Set-DistributionGroup with the changed values and one member command per
   * member added or removed.
   *
   * @throws ValidationException when a new group has no Name, or a creation-only parameter would
   *     change an existing group in strict mode
   */
  public static ProvisioningPlan save(
      RecipientIdentity identity,
      DistributionGroupSettings settings,
      PlanningContext context,
      Optional<GroupState> current) {
    List<ExchangeCommand> commands = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    Commands followUps = new Commands(identity);
    if (current.isEmpty()) {
      if (!settings.has(NAME)) {
        throw new UnknownObjectException(
            notFound(identity) + " To create the group, give its Name.");
      }
      ExchangeCommand.Builder create =
          ExchangeCommand.of(Cmdlet.NEW_DISTRIBUTION_GROUP, "create the group");
      for (GroupParameter p : settings.parameters()) {
        Object value = settings.value(p).orElseThrow();
        Optional<String> atCreation = p.newParameter(context.version());
        if (atCreation.isPresent()) {
          if (!(value instanceof MultiValue m) || !m.applyTo(Set.of()).isEmpty()) {
            create.with(atCreation.get(), Values.toParameter(value));
          }
        } else {
          followUps
              .of(Cmdlet.SET_DISTRIBUTION_GROUP)
              .with(p.setParameter().orElseThrow(), Values.toParameter(value));
        }
      }
      commands.add(create.build());
      commands.addAll(followUps.build());
      return ProvisioningPlan.of(new ExchangePlan(commands), warnings);
    }
    GroupState state = current.get();
    for (GroupParameter p : settings.parameters()) {
      Object desired = settings.value(p).orElseThrow();
      Object now = state.values().value(p).orElse(null);
      if (p == MEMBERS) {
        commands.addAll(memberCommands(identity, (MultiValue) desired, state.members()));
        continue;
      }
      if (p.setParameter().isEmpty()) {
        if (!Values.same(desired, now)) {
          String reason = "can be set only when the group is created";
          if (context.options().strict()) {
            violations.add(new Violation(p.attributeName(), reason));
          } else {
            warnings.add(new Warning(p.attributeName(), "ignored: " + reason));
          }
        }
        continue;
      }
      if (desired instanceof MultiValue m) {
        MultiValue.Update update = m.against(state.recipients(p));
        if (!update.isEmpty()) {
          followUps
              .of(Cmdlet.SET_DISTRIBUTION_GROUP)
              .with(
                  p.setParameter().get(),
                  new ParameterValue.MultiValuedUpdate(update.add(), update.remove()));
        }
      } else if (!Values.same(desired, now)) {
        followUps
            .of(Cmdlet.SET_DISTRIBUTION_GROUP)
            .with(p.setParameter().get(), Values.toParameter(desired));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    List<ExchangeCommand> all = new ArrayList<>(followUps.build());
    all.addAll(commands);
    return ProvisioningPlan.of(new ExchangePlan(all), warnings);
  }

  /** Plans member changes alone; a member already there (or already gone) plans nothing. */
  public static ProvisioningPlan changeMembers(
      RecipientIdentity group, MultiValue change, Optional<GroupState> current) {
    if (current.isEmpty()) {
      throw new UnknownObjectException(notFound(group));
    }
    return ProvisioningPlan.of(
        new ExchangePlan(memberCommands(group, change, current.get().members())), List.of());
  }

  /** Plans deleting a group; deleting a group that is gone is an empty plan. */
  public static ProvisioningPlan delete(RecipientIdentity identity, Optional<GroupState> current) {
    if (current.isEmpty()) {
      return ProvisioningPlan.of(ExchangePlan.EMPTY, List.of());
    }
    return ProvisioningPlan.of(
        new ExchangePlan(
            List.of(
                ExchangeCommand.of(Cmdlet.REMOVE_DISTRIBUTION_GROUP, "delete the group")
                    .text("Identity", identity)
                    .build())),
        List.of());
  }

  /** Exchange's not-found text, with the seed's hint about groups created directly in AD. */
  static String notFound(RecipientIdentity group) {
    return "The operation couldn't be performed because object '"
        + group
        + "' couldn't be found. If the group was created directly in Active Directory, Exchange"
        + " may not see it: check that it exists in the Exchange admin center.";
  }

  /**
   * A member named in any form a request may use (alias, address, name, canonical name) is the
   * listed member it names: adding it again plans nothing and removing it removes that member.
   */
  private static List<ExchangeCommand> memberCommands(
      RecipientIdentity group, MultiValue change, List<KnownRecipient> members) {
    MultiValue.Update update = change.against(members);
    List<ExchangeCommand> commands = new ArrayList<>();
    for (String member : update.add()) {
      commands.add(
          ExchangeCommand.of(Cmdlet.ADD_DISTRIBUTION_GROUP_MEMBER, "add a member")
              .text("Identity", group)
              .text("Member", member)
              .build());
    }
    for (String member : update.remove()) {
      commands.add(
          ExchangeCommand.of(Cmdlet.REMOVE_DISTRIBUTION_GROUP_MEMBER, "remove a member")
              .text("Identity", group)
              .text("Member", member)
              .build());
    }
    return commands;
  }
}
