package io.exchangekit.testfixtures.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.group.DistributionGroupSettings;
import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.mailbox.MailboxName;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.plan.Step;
import io.exchangekit.core.planning.GroupPlanner;
import io.exchangekit.core.planning.MailboxPlanner;
import io.exchangekit.core.planning.MailboxRequest;
import io.exchangekit.core.planning.PlanningContext;
import io.exchangekit.core.planning.ProvisioningPlan;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.KnownRecipient;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the Exchange port contracts share: the backend under test, and how they arrange recipients.
 *
 * <p>Recipients are arranged through the ports themselves, as the use cases do: read the state with
 * {@link io.exchangekit.ports.out.exchange.RecipientStatePort}, plan with core's planners, run the
 * plan with {@link io.exchangekit.ports.out.exchange.ExchangeCommandPort}. So any backend can run
 * the contracts, whatever it talks to, without a back door into its target. Every test creates its
 * own uniquely named recipients and assumes nothing else about the organisation, so one backend
 * (and one organisation) may serve every test of every contract: open it once, sessions are dear.
 */
public abstract class ExchangePortContractSupport {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private ExchangeVersion version;

  /**
   * The backend under test, connected to an organisation where the contract may create and change
   * recipients. May return the same instance for every test; the suite never closes it.
   */
  protected abstract ExchangeBackend backend();

  /**
   * A domain the organisation accepts for user principal names, e.g. {@code contoso.com}; a
   * tenant's {@code .onmicrosoft.com} domain for Exchange Online.
   */
  protected abstract String acceptedDomain();

  /** The organisation's version as the command port reports it (asked once per test instance). */
  protected final ExchangeVersion version() {
    if (version == null) {
      version = backend().commands().version();
    }
    return version;
  }

  /** The planning context for this organisation: its scope, and create behaviour. */
  protected final PlanningContext context() {
    Scope scope = version().isOnline() ? Scope.ONLINE : Scope.PREMISE;
    return PlanningContext.of(ConnectorMode.of(scope, NewUserBehavior.CREATE), version());
  }

  /** A name no other test of this JVM uses: letters and digits, at most 20 characters. */
  protected static String unique(String base) {
    String tail =
        Integer.toString(COUNTER.incrementAndGet(), 36)
            + Long.toString(System.nanoTime() % 46656, 36);
    return base.substring(0, Math.min(base.length(), 20 - tail.length() - 1)) + "x" + tail;
  }

  /** Settings for a new shared mailbox named {@code name}: name, alias and display name. */
  protected static MailboxSettings.Builder sharedMailboxSettings(String name) {
    return MailboxSettings.builder()
        .set(MailboxParameter.MAILBOX_TYPE, MailboxType.SHARED)
        .set(MailboxParameter.NAME, MailboxName.of(name))
        .set(MailboxParameter.ALIAS, Alias.of(name))
        .set(MailboxParameter.DISPLAY_NAME, DisplayName.of(name));
  }

  /**
   * Plans {@code settings} for {@code identity} against the state the port reads now.
   *
   * @return the plan; its Exchange part is what a provision use case would run
   */
  protected final ProvisioningPlan planMailbox(String identity, MailboxSettings settings) {
    RecipientIdentity id = RecipientIdentity.of(identity);
    return MailboxPlanner.provision(
        new MailboxRequest(id, settings),
        context(),
        backend().state().loadMailbox(id),
        Optional.empty(),
        new SkuCatalog(List.of()));
  }

  /** Plans and runs {@code settings} for {@code identity}, then reads the mailbox back. */
  protected final MailboxState provisionMailbox(String identity, MailboxSettings settings) {
    ProvisioningPlan plan = planMailbox(identity, settings);
    backend().commands().run(plan.exchange());
    return backend().state().loadMailbox(RecipientIdentity.of(identity));
  }

  /** Creates a shared mailbox through the ports and returns its name (also its identity). */
  protected final String createSharedMailbox(String base) {
    String name = unique(base);
    MailboxState state = provisionMailbox(name, sharedMailboxSettings(name).build());
    assertEquals(
        Optional.of(MailboxType.SHARED),
        state.mailboxType(),
        "arranging: the shared mailbox " + name + " was not created");
    return name;
  }

  /** Plans {@code settings} for a group against the state the port reads now. */
  protected final ProvisioningPlan planGroup(String identity, DistributionGroupSettings settings) {
    RecipientIdentity id = RecipientIdentity.of(identity);
    return GroupPlanner.save(id, settings, context(), backend().state().loadGroup(id));
  }

  /** Plans and runs {@code settings} for a group, then reads it back. */
  protected final GroupState saveGroup(String identity, DistributionGroupSettings settings) {
    backend().commands().run(planGroup(identity, settings).exchange());
    return backend()
        .state()
        .loadGroup(RecipientIdentity.of(identity))
        .orElseThrow(() -> new AssertionError("the group " + identity + " cannot be read back"));
  }

  /** Creates a distribution group named {@code name} through the ports. */
  protected final GroupState createGroup(String name) {
    return saveGroup(
        name,
        DistributionGroupSettings.EMPTY
            .with(GroupParameter.NAME, MailboxName.of(name))
            .with(GroupParameter.ALIAS, Alias.of(name)));
  }

  /**
   * The names of a group's members, each member's reported identity read back through the state
   * port: a member that cannot be read back shows as {@code ?identity}.
   */
  protected final Set<String> memberNames(GroupState group) {
    Set<String> names = new TreeSet<>();
    for (KnownRecipient m : group.members()) {
      String member = m.key();
      names.add(
          backend()
              .state()
              .loadMailbox(RecipientIdentity.of(member))
              .values()
              .value(MailboxParameter.NAME)
              .map(Object::toString)
              .orElse("?" + member));
    }
    return names;
  }

  /**
   * A command that creates a user mailbox with a password, as this organisation's version takes it.
   */
  protected final ExchangeCommand newUserMailbox(String name, Secret password) {
    UserPrincipalName upn = UserPrincipalName.of(name + "@" + acceptedDomain());
    ExchangeCommand.Builder b =
        ExchangeCommand.of("New-Mailbox", "create a user mailbox").text("Name", name);
    // Exchange Online names the logon MicrosoftOnlineServicesID, Exchange Server UserPrincipalName
    b.text(version().isOnline() ? "MicrosoftOnlineServicesID" : "UserPrincipalName", upn);
    return b.with("Password", new ParameterValue.SecretText(password)).build();
  }

  /**
   * A command from name-value pairs: a String is text, a Boolean a Boolean, a {@link
   * ParameterValue} itself, null a present switch. Its purpose is {@code "contract " + cmdlet}.
   */
  protected static ExchangeCommand command(String cmdlet, Object... pairs) {
    ExchangeCommand.Builder b = ExchangeCommand.of(cmdlet, "contract " + cmdlet);
    for (int i = 0; i < pairs.length; i += 2) {
      Object v = pairs[i + 1];
      b.with(
          (String) pairs[i],
          v == null
              ? ParameterValue.present()
              : v instanceof ParameterValue p
                  ? p
                  : v instanceof Boolean bool ? ParameterValue.bool(bool) : ParameterValue.text(v));
    }
    return b.build();
  }

  protected static ExchangePlan plan(ExchangeCommand... commands) {
    return new ExchangePlan(List.of(commands));
  }

  /** Runs the commands through the command port. */
  protected final List<Step.Exchange> run(ExchangeCommand... commands) {
    return backend().commands().run(plan(commands));
  }

  /** The completed steps an exception reports, one text per step. */
  protected static List<String> completedSteps(ExchangeConnectorException e) {
    return e.completedSteps();
  }
}
