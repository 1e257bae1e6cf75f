package io.exchangekit.core.planning;

import static io.exchangekit.core.mailbox.MailboxParameter.*;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.error.ValidationException;
import io.exchangekit.core.error.Violation;
import io.exchangekit.core.license.LicensePlan;
import io.exchangekit.core.license.LicensePlanner;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mode.Carrier;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.Decision;
import io.exchangekit.core.mode.ModeRules;
import io.exchangekit.core.mode.Operation;
import io.exchangekit.core.mode.Step;
import io.exchangekit.core.mode.Warning;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pure planner for user and resource mailboxes: request + mode + version + what exists now →
 * the commands that make the target match the request. A repeated request converges: what already
 * matches is not planned again.
 */
public final class MailboxPlanner {
  /** Parameters that identify or shape the mailbox rather than set one of its properties. */
  private static final Set<MailboxParameter> STRUCTURAL = Set.of(USER_PRINCIPAL_NAME, MAILBOX_TYPE);

  private MailboxPlanner() {}

  /**
   * Plans creating or updating a mailbox.
   *
   * @param current what Exchange holds for the identity now
   * @param cloudUser the cloud user, for Online scope; empty when there is none or on-premises
   * @param catalog the tenant's SKUs, for Online scope; an empty catalog on-premises
   * @throws ValidationException when the request breaks rules of this mode (every violation)
   * @throws UnknownObjectException when enable behaviour finds no user to attach the mailbox to
   */
  public static ProvisioningPlan provision(
      MailboxRequest request,
      PlanningContext context,
      MailboxState current,
      Optional<CloudUser> cloudUser,
      SkuCatalog catalog) {
    ConnectorMode mode = context.mode();
    MailboxType type = current.mailboxType().orElse(request.type());
    boolean cloudPath = mode.isOnline() && type == MailboxType.USER && !current.hasMailbox();
    Operation operation = current.hasMailbox() ? Operation.UPDATE : Operation.CREATE;

    List<Violation> violations = new ArrayList<>(request.rejected());
    List<Warning> warnings = new ArrayList<>();
    if (operation == Operation.CREATE) {
      try {
        requireForCreation(request, mode, type, current, cloudUser, catalog, violations);
      } catch (UnknownObjectException e) {
        if (violations.isEmpty()) {
          throw e;
        }
        // The request is wrong whatever exists: report its values first.
        throw new ValidationException(violations);
      }
    }
    Notes notes = new Notes(context.options().strict(), warnings, violations);
    List<Decided> decided = new ArrayList<>();
    for (MailboxParameter p : request.settings().parameters()) {
      if (STRUCTURAL.contains(p) && !(p == MAILBOX_TYPE && operation == Operation.UPDATE)) {
        continue; // the creation command carries them
      }
      Decision d = ModeRules.decide(p, mode, context.version(), operation, type);
      if (d instanceof Decision.Apply apply) {
        Optional<String> reason = cannotApply(p, apply, request, current);
        if (reason.isPresent()) {
          d = new Decision.Ignore(reason.get());
        }
      }
      if (d instanceof Decision.Ignore ignore) {
        notes.ignore(p.attributeName(), ignore.reason());
      } else {
        decided.add(new Decided(p, (Decision.Apply) d));
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }

    if (cloudPath) {
      return planCloudUser(request, context, cloudUser, catalog, decided, warnings);
    }
    List<ExchangeCommand> commands = new ArrayList<>();
    RecipientIdentity target = request.identity();
    if (operation == Operation.CREATE) {
      ExchangeCommand.Builder creation = creationCommand(request, mode, type);
      for (Decided d : decided) {
        if (d.decision.step() == Step.AT_CREATION && d.decision.carrier().isPresent()) {
          addValue(
              creation, d.parameter, d.decision.carrier().get().parameter(), value(request, d));
        }
      }
      commands.add(creation.build());
      if (creation.build().cmdlet().equals("New-Mailbox")) {
        target = newMailboxIdentity(request, type);
      }
    }
    Commands followUps = new Commands(target);
    for (Decided d : decided) {
      Step step = d.decision.step();
      if ((step == Step.AFTER_CREATION || step == Step.UPDATE)
          && d.decision.carrier().isPresent()) {
        Object currentValue = current.values().value(d.parameter).orElse(null);
        planChange(
            followUps,
            d.parameter,
            d.decision.carrier().get(),
            value(request, d),
            currentValue,
            current,
            notes);
      }
    }
    commands.addAll(followUps.build());

    DirectoryPlan directory = DirectoryPlan.EMPTY;
    if (mode.isOnline() && type == MailboxType.USER && cloudUser.isPresent()) {
      directory =
          new DirectoryPlan(directoryConvergence(request, context, cloudUser.get(), catalog));
    }
    return new ProvisioningPlan(new ExchangePlan(commands), directory, warnings, List.of(), false);
  }

  /** Why a parameter the table applies cannot be carried out for this mailbox, if it cannot. */
  private static Optional<String> cannotApply(
      MailboxParameter p, Decision.Apply apply, MailboxRequest request, MailboxState current) {
    Optional<Carrier> carrier = apply.carrier();
    boolean archiveRequested =
        request.settings().get(IS_ARCHIVE, Boolean.class).orElse(false)
            && !current.values().get(IS_ARCHIVE, Boolean.class).orElse(false);
    if (p == ARCHIVE_DATABASE
        && carrier.map(Carrier::cmdlet).filter("Enable-Mailbox"::equals).isPresent()
        && !archiveRequested) {
      return Optional.of("applies only when the archive is created (IsArchive True)");
    }
    if (ModeRules.rule(p).switchParameter()
        && (apply.step() == Step.UPDATE || apply.step() == Step.AFTER_CREATION)
        && Boolean.FALSE.equals(request.settings().value(p).orElse(null))
        && Boolean.TRUE.equals(current.values().value(p).orElse(null))) {
      return Optional.of(
          carrier.map(Carrier::cmdlet).orElse("Exchange") + " can set it but not clear it");
    }
    return Optional.empty();
  }

  private static void requireForCreation(
      MailboxRequest request,
      ConnectorMode mode,
      MailboxType type,
      MailboxState current,
      Optional<CloudUser> cloudUser,
      SkuCatalog catalog,
      List<Violation> violations) {
    boolean user = type == MailboxType.USER;
    if (!mode.isOnline() && !mode.creates()) {
      if (!current.userExists()) {
        throw new UnknownObjectException(
            "The user '"
                + request.identity()
                + "' does not exist; enable behaviour attaches a mailbox to an existing Active"
                + " Directory user (set newUserBehavior to create to create the user)");
      }
      return;
    }
    if (!mode.isOnline() || !user) {
      require(request, NAME, mode, violations);
      if (!mode.isOnline() && user) {
        require(request, PASSWORD, mode, violations);
        if (request.userPrincipalName().isEmpty() && !request.gives(USER_PRINCIPAL_NAME)) {
          violations.add(
              new Violation(
                  USER_PRINCIPAL_NAME.attributeName(),
                  "is required in " + mode + " to create a user mailbox (user@domain)"));
        }
      }
      return;
    }
    if (request.userPrincipalName().isEmpty() && !request.gives(USER_PRINCIPAL_NAME)) {
      violations.add(
          new Violation(
              USER_PRINCIPAL_NAME.attributeName(),
              "is required in " + mode + ": the cloud user's logon name (user@domain)"));
    }
    if (mode.creates() && cloudUser.isEmpty()) {
      require(request, DISPLAY_NAME, mode, violations);
      require(request, USAGE_LOCATION, mode, violations);
    }
    if (!mode.creates() && cloudUser.isEmpty()) {
      throw new UnknownObjectException(
          "The cloud user '"
              + request.identity()
              + "' does not exist; enable behaviour licenses an existing user (set"
              + " newUserBehavior to create to create the user)");
    }
    boolean licensed = cloudUser.map(u -> u.hasExchangeLicense(catalog)).orElse(false);
    boolean licencesRejected = !request.settings().has(LICENSES) && request.gives(LICENSES);
    if (!licensed && request.settings().licenses().isEmpty() && !licencesRejected) {
      violations.add(
          new Violation(
              LICENSES.attributeName(),
              "is required in "
                  + mode
                  + ": a licence with an Exchange Online plan creates the mailbox, e.g."
                  + " [{\"LicenseName\":\"tenant:ENTERPRISEPACK\",\"DisabledPlans\":[]}]"));
    }
    boolean locationKnown =
        request.gives(USAGE_LOCATION) || cloudUser.flatMap(CloudUser::usageLocation).isPresent();
    if (!request.settings().licenses().isEmpty() && !locationKnown) {
      violations.add(
          new Violation(
              USAGE_LOCATION.attributeName(),
              "is required to assign licences (an ISO 3166-1 alpha-2 code such as US)"));
    }
  }

  private static void require(
      MailboxRequest request, MailboxParameter p, ConnectorMode mode, List<Violation> violations) {
    if (!request.gives(p)) {
      violations.add(new Violation(p.attributeName(), "is required in " + mode));
    }
  }

  private static ExchangeCommand.Builder creationCommand(
      MailboxRequest request, ConnectorMode mode, MailboxType type) {
    String cmdlet = ModeRules.creationCmdlet(mode, type).orElseThrow();
    ExchangeCommand.Builder b;
    if (cmdlet.equals("Enable-Mailbox")) {
      b = ExchangeCommand.of(cmdlet, "enable the mailbox").text("Identity", request.identity());
    } else {
      b = ExchangeCommand.of(cmdlet, "create the mailbox");
      if (!mode.isOnline()) {
        // Exchange Online has no -UserPrincipalName: a resource gets its address from its alias.
        request.userPrincipalName().ifPresent(upn -> b.text("UserPrincipalName", upn));
      }
    }
    if (type.isResource()) {
      b.flag(type.switchName());
    }
    return b;
  }

  private static RecipientIdentity newMailboxIdentity(MailboxRequest request, MailboxType type) {
    if (type == MailboxType.USER || request.userPrincipalName().isPresent()) {
      return request.userPrincipalName().map(RecipientIdentity::of).orElse(request.identity());
    }
    return request
        .settings()
        .value(NAME)
        .map(n -> RecipientIdentity.of(n.toString()))
        .orElse(request.identity());
  }

  private static Object value(MailboxRequest request, Decided d) {
    return request.settings().value(d.parameter).orElseThrow();
  }

  private static void addValue(
      ExchangeCommand.Builder command, MailboxParameter p, String name, Object value) {
    if (ModeRules.rule(p).switchParameter()) {
      if (Boolean.TRUE.equals(value)) {
        command.flag(name);
      }
      return;
    }
    if (value instanceof MultiValue m && m.applyTo(Set.of()).isEmpty()) {
      return;
    }
    command.with(name, Values.toParameter(value));
  }

  private static void planChange(
      Commands commands,
      MailboxParameter p,
      Carrier carrier,
      Object desired,
      Object currentValue,
      MailboxState current,
      Notes notes) {
    ExchangeCommand.Builder command;
    if (desired instanceof MultiValue m) {
      Set<String> now = Values.current(currentValue);
      Set<String> after = m.applyTo(now);
      List<String> add = MultiValue.added(now, after);
      List<String> remove = MultiValue.removed(now, after);
      if (!add.isEmpty() || !remove.isEmpty()) {
        commands
            .of(carrier.cmdlet())
            .with(carrier.parameter(), new ParameterValue.MultiValuedUpdate(add, remove));
      }
      return;
    }
    if (Values.same(desired, currentValue)) {
      return;
    }
    if (ModeRules.rule(p).switchParameter()) {
      if (Boolean.TRUE.equals(desired)) {
        commands.of(carrier.cmdlet()).flag(carrier.parameter());
      }
      return;
    }
    command = commands.of(carrier.cmdlet());
    command.with(carrier.parameter(), Values.toParameter(desired));
    if (p == PRIMARY_SMTP_ADDRESS && current.hasMailbox()) {
      // A primary address set by hand must not be overwritten by the address policy (seed).
      command.with("EmailAddressPolicyEnabled", ParameterValue.bool(false));
    }
  }

  private static ProvisioningPlan planCloudUser(
      MailboxRequest request,
      PlanningContext context,
      Optional<CloudUser> cloudUser,
      SkuCatalog catalog,
      List<Decided> decided,
      List<Warning> warnings) {
    UserPrincipalName upn = request.userPrincipalName().orElseThrow();
    List<DirectoryAction> actions = new ArrayList<>();
    MailboxSettings s = request.settings();
    if (cloudUser.isEmpty()) {
      actions.add(
          new DirectoryAction.CreateCloudUser(
              upn,
              s.get(DISPLAY_NAME, DisplayName.class).orElseThrow(),
              s.get(ALIAS, Alias.class).orElseGet(() -> Alias.of(upn.localPart())),
              s.get(USAGE_LOCATION, UsageLocation.class).orElseThrow(),
              s.get(PASSWORD, Secret.class)));
      if (!s.licenses().isEmpty()) {
        actions.add(
            new DirectoryAction.AssignLicenses(
                upn,
                LicensePlanner.plan(
                    List.of(), s.licenses(), catalog, context.options().removeUnlistedLicenses())));
      }
    } else {
      actions.addAll(directoryConvergence(request, context, cloudUser.get(), catalog));
    }
    List<String> pending =
        decided.stream()
            .filter(d -> d.decision.step() == Step.PENDING)
            .map(d -> d.parameter.attributeName())
            .toList();
    return new ProvisioningPlan(
        ExchangePlan.EMPTY, new DirectoryPlan(actions), warnings, pending, true);
  }

  private static List<DirectoryAction> directoryConvergence(
      MailboxRequest request, PlanningContext context, CloudUser user, SkuCatalog catalog) {
    List<DirectoryAction> actions = new ArrayList<>();
    MailboxSettings s = request.settings();
    s.get(USAGE_LOCATION, UsageLocation.class)
        .filter(l -> !user.usageLocation().equals(Optional.of(l)))
        .ifPresent(
            l -> actions.add(new DirectoryAction.SetUsageLocation(user.userPrincipalName(), l)));
    if (s.has(LICENSES)) {
      LicensePlan plan =
          LicensePlanner.plan(
              user.licenses(), s.licenses(), catalog, context.options().removeUnlistedLicenses());
      if (!plan.isEmpty()) {
        actions.add(new DirectoryAction.AssignLicenses(user.userPrincipalName(), plan));
      }
    }
    return actions;
  }

  /**
   * Plans removing a mailbox: Disable-Mailbox when the connector attached it to an existing user
   * (the user stays), Remove-Mailbox when it created the user, deleting the cloud user (Online +
   * create) or removing its Exchange licences (Online + enable). Removing what is gone is an empty
   * plan.
   */
  public static ProvisioningPlan remove(
      RecipientIdentity identity,
      PlanningContext context,
      MailboxState current,
      Optional<CloudUser> cloudUser,
      SkuCatalog catalog) {
    ConnectorMode mode = context.mode();
    boolean resource = current.mailboxType().map(MailboxType::isResource).orElse(false);
    if (!mode.isOnline() || resource) {
      if (!current.hasMailbox()) {
        return ProvisioningPlan.of(ExchangePlan.EMPTY, List.of());
      }
      String cmdlet =
          mode.creates() || resource && mode.isOnline() ? "Remove-Mailbox" : "Disable-Mailbox";
      String purpose =
          cmdlet.equals("Remove-Mailbox")
              ? "remove the mailbox and its user"
              : "disable the mailbox, keeping the user";
      return ProvisioningPlan.of(
          new ExchangePlan(
              List.of(ExchangeCommand.of(cmdlet, purpose).text("Identity", identity).build())),
          List.of());
    }
    if (cloudUser.isEmpty()) {
      return ProvisioningPlan.of(ExchangePlan.EMPTY, List.of());
    }
    UserPrincipalName upn = cloudUser.get().userPrincipalName();
    if (mode.creates()) {
      return new ProvisioningPlan(
          ExchangePlan.EMPTY,
          new DirectoryPlan(List.of(new DirectoryAction.DeleteCloudUser(upn))),
          List.of(),
          List.of(),
          false);
    }
    LicensePlan plan = LicensePlanner.removeExchange(cloudUser.get().licenses(), catalog);
    DirectoryPlan directory =
        plan.isEmpty()
            ? DirectoryPlan.EMPTY
            : new DirectoryPlan(List.of(new DirectoryAction.AssignLicenses(upn, plan)));
    return new ProvisioningPlan(ExchangePlan.EMPTY, directory, List.of(), List.of(), false);
  }

  private record Decided(MailboxParameter parameter, Decision.Apply decision) {}

  /** Where an ignored parameter goes: a warning, or a violation in strict mode. */
  private record Notes(boolean strict, List<Warning> warnings, List<Violation> violations) {
    void ignore(String parameter, String reason) {
      if (strict) {
        violations.add(new Violation(parameter, reason));
      } else {
        warnings.add(new Warning(parameter, "ignored: " + reason));
      }
    }
  }
}
