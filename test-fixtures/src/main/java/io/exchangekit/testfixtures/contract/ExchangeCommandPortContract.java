package io.exchangekit.testfixtures.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.error.AlreadyExistsException;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.group.DistributionGroupSettings;
import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.mailbox.CasProtocol;
import io.exchangekit.core.mailbox.MailboxName;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mode.Warning;
import io.exchangekit.core.plan.ExchangeCommand;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.plan.Step;
import io.exchangekit.core.planning.AccessPlanner;
import io.exchangekit.core.planning.ProvisioningPlan;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.SmtpAddress;
import io.exchangekit.ports.out.exchange.ExchangeCommandPort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ExchangeCommandPort} must do: run a plan in order and stop at the first failing
 * command, reporting what completed; apply exactly what core's planners plan against the state the
 * {@link io.exchangekit.ports.out.exchange.RecipientStatePort} reads (so that planning again finds
 * nothing to do); fail with the domain's exceptions for unknown and already existing recipients;
 * render a plan step by step, secrets masked, without running it; keep secrets out of every error;
 * serve several threads at once.
 *
 * <p>Extend it with {@link #backend()} and {@link #acceptedDomain()}; see {@link
 * ExchangePortContractSupport} for what the suite assumes about the organisation.
 */
public abstract class ExchangeCommandPortContract extends ExchangePortContractSupport {

  private static final String HOSTILE = "O'Brien\u2019s \"room\" $(Get-Date) `; | \u00e9\u4e2d";

  @Test
  protected void givenAnEmptyPlan_runAndRender_doNothingAndReturnNothing() {
    assertEquals(List.of(), backend().commands().run(ExchangePlan.EMPTY));
    assertEquals(List.of(), backend().commands().render(ExchangePlan.EMPTY));
  }

  @Test
  protected void givenSeveralCommands_run_returnsOneResultPerCommandInOrder() {
    String name = createSharedMailbox("Results");
    ExchangePlan plan =
        plan(
            command("Set-Mailbox", "Identity", name, "CustomAttribute1", "one"),
            command("Set-Mailbox", "Identity", name, "CustomAttribute2", "two"),
            command("Set-CASMailbox", "Identity", name, "OWAEnabled", false));

    List<Step.Exchange> results = backend().commands().run(plan);

    assertEquals(plan.commands(), results.stream().map(Step.Exchange::command).toList());
    MailboxState state = backend().state().loadMailbox(RecipientIdentity.of(name));
    assertEquals("one", state.customAttributes().get(1));
    assertEquals("two", state.customAttributes().get(2));
    assertFalse(state.enabledProtocols().contains(CasProtocol.OWA));
  }

  @Test
  protected void givenANewMailboxPlannedAgainstTheStateRead_run_appliesItExactly() {
    String name = unique("Exact");
    MailboxSettings settings =
        sharedMailboxSettings(name)
            .set(MailboxParameter.DISPLAY_NAME, DisplayName.of(HOSTILE))
            .set(MailboxParameter.HIDDEN_FROM_ADDRESS_LISTS, true)
            .build();
    ProvisioningPlan plan = planMailbox(name, settings);
    assertFalse(plan.exchange().isEmpty(), "nothing planned for a mailbox that does not exist");

    backend().commands().run(plan.exchange());

    MailboxState after = backend().state().loadMailbox(RecipientIdentity.of(name));
    assertTrue(after.hasMailbox(), "no mailbox after running " + plan.exchange());
    assertApplied(settings, plan, after);
    assertConverged(name, settings);
  }

  @Test
  protected void givenAChangePlannedAgainstTheStateRead_run_appliesExactlyTheChange() {
    String name = createSharedMailbox("Change");
    MailboxSettings change =
        MailboxSettings.builder()
            .set(MailboxParameter.DISPLAY_NAME, DisplayName.of(HOSTILE + " 2"))
            .set(MailboxParameter.HIDDEN_FROM_ADDRESS_LISTS, true)
            .build();
    ProvisioningPlan plan = planMailbox(name, change);
    assertFalse(plan.exchange().isEmpty(), "a change planned nothing");

    backend().commands().run(plan.exchange());

    MailboxState after = backend().state().loadMailbox(RecipientIdentity.of(name));
    assertApplied(change, plan, after);
    assertEquals(
        Optional.of(name),
        after.values().value(MailboxParameter.NAME).map(Object::toString),
        "a value the change did not name has changed");
    assertConverged(name, change);
  }

  @Test
  protected void givenAGroupWithMembersPlannedAgainstTheStateRead_run_appliesItExactly() {
    String firstName = createSharedMailbox("MemberA");
    String secondName = createSharedMailbox("MemberB");
    SmtpAddress first = primaryAddress(firstName);
    SmtpAddress second = primaryAddress(secondName);
    String group = unique("Team");
    DistributionGroupSettings settings =
        DistributionGroupSettings.EMPTY
            .with(GroupParameter.NAME, MailboxName.of(group))
            .with(GroupParameter.DISPLAY_NAME, DisplayName.of(HOSTILE))
            .with(GroupParameter.HIDDEN_FROM_ADDRESS_LISTS, true)
            .with(GroupParameter.MEMBERS, members(first, second));

    GroupState created = saveGroup(group, settings);

    assertEquals(
        Optional.of(DisplayName.of(HOSTILE)), created.values().value(GroupParameter.DISPLAY_NAME));
    assertEquals(
        Optional.of(true), created.values().value(GroupParameter.HIDDEN_FROM_ADDRESS_LISTS));
    assertEquals(Set.of(firstName, secondName), memberNames(created));
    assertTrue(
        planGroup(group, settings).exchange().isEmpty(), "saving the group again plans more");

    DistributionGroupSettings fewer =
        DistributionGroupSettings.EMPTY.with(GroupParameter.MEMBERS, members(second));
    GroupState changed = saveGroup(group, fewer);

    assertEquals(Set.of(secondName), memberNames(changed));
    assertTrue(planGroup(group, fewer).exchange().isEmpty(), "the member change did not converge");
  }

  @Test
  protected void givenLockThenUnlockPlannedAgainstTheStateRead_run_turnsProtocolsOffAndOnAgain() {
    String name = createSharedMailbox("Lock");
    RecipientIdentity id = RecipientIdentity.of(name);

    ProvisioningPlan lock =
        AccessPlanner.lock(id, context(), backend().state().loadMailbox(id), Optional.empty());
    backend().commands().run(lock.exchange());

    assertEquals(Set.of(), backend().state().loadMailbox(id).enabledProtocols());
    ProvisioningPlan unlock =
        AccessPlanner.unlock(id, context(), backend().state().loadMailbox(id), Optional.empty());
    backend().commands().run(unlock.exchange());
    assertEquals(
        EnumSet.allOf(CasProtocol.class), backend().state().loadMailbox(id).enabledProtocols());
  }

  @Test
  protected void givenAMemberAddedTwiceAndRemovedTwice_run_succeedsAndConverges() {
    String member = createSharedMailbox("Twice");
    String group = unique("Twice");
    createGroup(group);

    List<Step.Exchange> added =
        run(
            command("Add-DistributionGroupMember", "Identity", group, "Member", member),
            command("Add-DistributionGroupMember", "Identity", group, "Member", member));

    assertEquals(2, added.size());
    assertEquals(1, loadGroup(group).members().size(), loadGroup(group).members().toString());
    run(
        command("Remove-DistributionGroupMember", "Identity", group, "Member", member),
        command("Remove-DistributionGroupMember", "Identity", group, "Member", member));
    assertEquals(List.of(), loadGroup(group).members());
  }

  @Test
  protected void givenAnUnknownRecipient_run_failsWithUnknownObject() {
    String missing = unique("Nobody");

    assertThrows(
        UnknownObjectException.class,
        () -> run(command("Set-Mailbox", "Identity", missing, "CustomAttribute1", "x")));
    assertThrows(
        UnknownObjectException.class,
        () -> run(command("Set-DistributionGroup", "Identity", missing, "DisplayName", "x")));
    assertThrows(
        UnknownObjectException.class,
        () -> run(command("Add-DistributionGroupMember", "Identity", missing, "Member", missing)));
    assertFalse(backend().state().loadMailbox(RecipientIdentity.of(missing)).userExists());
  }

  @Test
  protected void givenAnExistingName_creatingItAgain_failsWithAlreadyExists() {
    String group = unique("Dup");
    createGroup(group);
    String mailbox = createSharedMailbox("Dup");

    assertThrows(
        AlreadyExistsException.class, () -> run(command("New-DistributionGroup", "Name", group)));
    assertThrows(
        AlreadyExistsException.class,
        () -> run(command("New-Mailbox", "Shared", null, "Name", mailbox, "Alias", unique("dup"))));
  }

  @Test
  protected void givenTheSecondCommandFails_run_stopsThereAndReportsTheFirstAsCompleted() {
    String name = createSharedMailbox("Stops");
    String missing = unique("Nobody");
    ExchangeCommand first = command("Set-Mailbox", "Identity", name, "CustomAttribute2", "done");

    ExchangeConnectorException e =
        assertThrows(
            UnknownObjectException.class,
            () ->
                run(
                    first,
                    command("Set-DistributionGroup", "Identity", missing, "DisplayName", "x"),
                    command("Set-Mailbox", "Identity", name, "CustomAttribute3", "never")));

    assertEquals(1, completedSteps(e).size(), completedSteps(e).toString());
    assertTrue(completedSteps(e).get(0).contains(first.purpose()), completedSteps(e).toString());
    MailboxState state = backend().state().loadMailbox(RecipientIdentity.of(name));
    assertEquals("done", state.customAttributes().get(2), "the completed command's effect is lost");
    assertNull(state.customAttributes().get(3), "a command after the failure ran");
  }

  @Test
  protected void givenAPassword_runTwice_theSecretIsInNoResultErrorOrStep() {
    String name = unique("Secret");
    Secret password = Secret.of("Pa$$w0rd'\u2019;" + name);
    List<Step.Exchange> results = run(newUserMailbox(name, password));

    ExchangeConnectorException e =
        assertThrows(ExchangeConnectorException.class, () -> run(newUserMailbox(name, password)));

    String secret = password.reveal();
    assertFalse(results.toString().contains(secret), "the secret is in a result");
    assertFalse(String.valueOf(e.getMessage()).contains(secret), e.getMessage());
    assertFalse(e.toString().contains(secret));
    assertFalse(String.join(";", completedSteps(e)).contains(secret));
    assertTrue(backend().state().loadMailbox(RecipientIdentity.of(name)).hasMailbox());
  }

  @Test
  protected void givenAPlan_render_showsOneMaskedStepPerCommandAndRunsNothing() {
    String name = unique("DryRun");
    Secret password = Secret.of("Zq9!render'" + name);
    ExchangePlan plan =
        plan(
            newUserMailbox(name, password),
            command("Set-Mailbox", "Identity", name, "DisplayName", HOSTILE),
            command("Set-CASMailbox", "Identity", name, "OWAEnabled", false));

    List<PlannedStep> steps = backend().commands().render(plan);

    assertEquals(plan.commands().size(), steps.size(), steps.toString());
    PlannedStep.Target target =
        version().isOnline()
            ? PlannedStep.Target.EXCHANGE_ONLINE
            : PlannedStep.Target.EXCHANGE_ON_PREMISES;
    for (int i = 0; i < steps.size(); i++) {
      ExchangeCommand command = plan.commands().get(i);
      PlannedStep step = steps.get(i);
      assertEquals(target, step.target());
      assertEquals(command.cmdlet(), step.operation());
      assertEquals(PlannedStep.neutral(command), step.parameters());
      assertFalse(step.line().isBlank(), "step " + i + " has no line");
      assertFalse(step.line().contains(password.reveal()), step.line());
    }
    assertEquals(Secret.MASK, steps.get(0).parameters().get("Password"));
    assertFalse(backend().state().loadMailbox(RecipientIdentity.of(name)).userExists(), "it ran");
  }

  @Test
  protected void givenConcurrentCallers_run_eachReadsBackItsOwnValues() throws Exception {
    List<String> mailboxes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      mailboxes.add(createSharedMailbox("Thread"));
    }
    ExecutorService threads = Executors.newFixedThreadPool(mailboxes.size());
    try {
      List<Future<List<String>>> answers = new ArrayList<>();
      for (String mailbox : mailboxes) {
        answers.add(
            threads.submit(
                () -> {
                  List<String> wrong = new ArrayList<>();
                  for (int round = 0; round < 3; round++) {
                    String value = mailbox + "-" + round;
                    run(command("Set-Mailbox", "Identity", mailbox, "CustomAttribute4", value));
                    String back =
                        backend()
                            .state()
                            .loadMailbox(RecipientIdentity.of(mailbox))
                            .customAttributes()
                            .get(4);
                    if (!value.equals(back)) {
                      wrong.add(value + " read back as " + back);
                    }
                  }
                  return wrong;
                }));
      }
      for (Future<List<String>> answer : answers) {
        assertEquals(List.of(), answer.get(120, TimeUnit.SECONDS));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** Each requested value the plan did not warn about reads back as requested. */
  private static void assertApplied(
      MailboxSettings requested, ProvisioningPlan plan, MailboxState after) {
    Set<String> ignored =
        plan.warnings().stream().map(Warning::parameter).collect(Collectors.toSet());
    List<String> compared = new ArrayList<>();
    for (MailboxParameter p : requested.parameters()) {
      if (p == MailboxParameter.MAILBOX_TYPE || ignored.contains(p.attributeName())) {
        continue;
      }
      assertEquals(requested.value(p), after.values().value(p), p.attributeName() + " read back");
      compared.add(p.attributeName());
    }
    assertTrue(compared.contains("DisplayName"), "DisplayName was not applied: " + plan.warnings());
    requested
        .get(MailboxParameter.MAILBOX_TYPE, MailboxType.class)
        .ifPresent(t -> assertEquals(Optional.of(t), after.mailboxType()));
  }

  /** Planning the same request against the state read now finds nothing left to do. */
  private void assertConverged(String name, MailboxSettings settings) {
    ProvisioningPlan again = planMailbox(name, settings);
    assertEquals(List.of(), again.exchange().commands(), "planning again after running the plan");
  }

  private SmtpAddress primaryAddress(String mailbox) {
    return backend()
        .state()
        .loadMailbox(RecipientIdentity.of(mailbox))
        .values()
        .get(MailboxParameter.PRIMARY_SMTP_ADDRESS, SmtpAddress.class)
        .orElseThrow(() -> new AssertionError(mailbox + " has no primary SMTP address"));
  }

  private static MultiValue members(SmtpAddress... addresses) {
    return MultiValue.replace(
        Arrays.stream(addresses).map(a -> RecipientIdentity.of(a.value())).toList());
  }

  private GroupState loadGroup(String group) {
    return backend()
        .state()
        .loadGroup(RecipientIdentity.of(group))
        .orElseThrow(() -> new AssertionError("group " + group + " is gone"));
  }
}
