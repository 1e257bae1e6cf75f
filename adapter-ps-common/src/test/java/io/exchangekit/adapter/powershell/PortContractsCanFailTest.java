package io.exchangekit.adapter.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.contractcheck.Sabotage;
import io.exchangekit.contractcheck.SabotagedCommandPort;
import io.exchangekit.contractcheck.SabotagedQueryPort;
import io.exchangekit.contractcheck.SabotagedStatePort;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.UnknownObjectException;
import io.exchangekit.core.group.GroupState;
import io.exchangekit.core.mailbox.MailboxState;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.ExchangePlan;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.ports.out.exchange.CommandResult;
import io.exchangekit.ports.out.exchange.ExchangeCommandPort;
import io.exchangekit.ports.out.exchange.RecipientQueryPort;
import io.exchangekit.ports.out.exchange.RecipientStatePort;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The port contracts can fail: each runs on the real adapter stack over the in-process emulator
 * with one promise broken on purpose, and exactly the tests of that promise fail while the others
 * still pass.
 */
class PortContractsCanFailTest {

  @Test
  void givenStateThatForgetsCustomAttributes_stateContract_failsTheTestsThatReadThem() {
    Outcome outcome =
        runSabotaged(
            SabotagedStatePort.class,
            b ->
                backend(
                    b.commands(),
                    new RecipientStatePort() {
                      @Override
                      public MailboxState loadMailbox(RecipientIdentity identity) {
                        return b.state().loadMailbox(identity).withCustomAttributes(Map.of());
                      }

                      @Override
                      public Optional<GroupState> loadGroup(RecipientIdentity identity) {
                        return b.state().loadGroup(identity);
                      }
                    },
                    b.query()));

    assertEquals(
        Set.of(
            "givenAttributesAndProtocolsChanged_loadMailbox_reportsExactlyThose",
            "givenHostileTexts_writtenAndLoaded_comeBackVerbatim"),
        outcome.failed());
    assertTrue(outcome.passed().size() >= 5, outcome.toString());
  }

  @Test
  void givenRunThatDropsTheLastOfSeveralCommands_commandContract_failsTheTestsThatCount() {
    Outcome outcome =
        runSabotaged(
            SabotagedCommandPort.class,
            b ->
                backend(
                    new DelegatingCommands(b.commands()) {
                      @Override
                      public List<CommandResult> run(ExchangePlan plan) {
                        List<io.exchangekit.core.plan.ExchangeCommand> c = plan.commands();
                        return super.run(
                            c.size() > 1 ? new ExchangePlan(c.subList(0, c.size() - 1)) : plan);
                      }
                    },
                    b.state(),
                    b.query()));

    assertEquals(
        Set.of(
            "givenSeveralCommands_run_returnsOneResultPerCommandInOrder",
            "givenAMemberAddedTwiceAndRemovedTwice_run_succeedsAndConverges",
            "givenANewMailboxPlannedAgainstTheStateRead_run_appliesItExactly",
            "givenAGroupWithMembersPlannedAgainstTheStateRead_run_appliesItExactly"),
        outcome.failed());
  }

  @Test
  void givenRenderThatShowsThePassword_commandContract_failsTheRenderTest() {
    Outcome outcome =
        runSabotaged(
            SabotagedCommandPort.class,
            b ->
                backend(
                    new DelegatingCommands(b.commands()) {
                      @Override
                      public List<PlannedStep> render(ExchangePlan plan) {
                        List<PlannedStep> steps = new ArrayList<>();
                        List<PlannedStep> masked = super.render(plan);
                        for (int i = 0; i < masked.size(); i++) {
                          StringBuilder line = new StringBuilder(masked.get(i).line());
                          plan.commands().get(i).parameters().values().stream()
                              .filter(ParameterValue.SecretText.class::isInstance)
                              .forEach(
                                  v ->
                                      line.append(' ')
                                          .append(
                                              ((ParameterValue.SecretText) v).value().reveal()));
                          PlannedStep s = masked.get(i);
                          steps.add(
                              new PlannedStep(
                                  s.target(), s.operation(), s.parameters(), line.toString()));
                        }
                        return steps;
                      }
                    },
                    b.state(),
                    b.query()));

    assertEquals(
        Set.of("givenAPlan_render_showsOneMaskedStepPerCommandAndRunsNothing"), outcome.failed());
  }

  @Test
  void givenRunThatHidesUnknownObjects_commandContract_failsTheTestsOfThatException() {
    Outcome outcome =
        runSabotaged(
            SabotagedCommandPort.class,
            b ->
                backend(
                    new DelegatingCommands(b.commands()) {
                      @Override
                      public List<CommandResult> run(ExchangePlan plan) {
                        try {
                          return super.run(plan);
                        } catch (UnknownObjectException e) {
                          throw new ExchangeConnectorException(e.getMessage());
                        }
                      }
                    },
                    b.state(),
                    b.query()));

    assertEquals(
        Set.of(
            "givenAnUnknownRecipient_run_failsWithUnknownObject",
            "givenTheSecondCommandFails_run_stopsThereAndReportsTheFirstAsCompleted"),
        outcome.failed());
  }

  @Test
  void givenSearchThatLosesTheLastRecord_queryContract_failsTheTestsThatCountRecords() {
    Outcome outcome =
        runSabotaged(
            SabotagedQueryPort.class,
            b ->
                backend(
                    b.commands(),
                    b.state(),
                    query -> {
                      List<RecipientRecord> all;
                      try (Stream<RecipientRecord> s = b.query().search(query)) {
                        all = s.toList();
                      }
                      return all.subList(0, Math.max(0, all.size() - 1)).stream();
                    }));

    assertTrue(
        outcome
            .failed()
            .containsAll(
                Set.of(
                    "givenRequestedProperties_search_returnsEachOfThemForTheRecipient",
                    "givenManyRecipients_searchWithAFilter_streamsEachMatchExactlyOnce",
                    "givenAHostileName_searchByIdentityOrFilter_findsExactlyThatGroup",
                    "givenAGroupWithMembers_searchItsMembers_returnsEachMember")),
        outcome.toString());
  }

  /** Which tests of a contract class passed and failed. */
  private record Outcome(Set<String> passed, Set<String> failed) {}

  /** Runs {@code contract} on a fresh in-process backend with the sabotage {@code wrap} applies. */
  private static Outcome runSabotaged(Class<?> contract, UnaryOperator<ExchangeBackend> wrap) {
    try (PowerShellBackend real =
        InProcessPowerShell.backend(
            InProcessPowerShell.emulator(ExchangeVersion.EXCHANGE_2016), 2)) {
      Sabotage.use(wrap.apply(real.backend()));
      Set<String> passed = new TreeSet<>();
      Set<String> failed = new TreeSet<>();
      LauncherFactory.create()
          .execute(
              LauncherDiscoveryRequestBuilder.request()
                  .selectors(DiscoverySelectors.selectClass(contract))
                  .build(),
              new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                  if (id.isTest() && id.getSource().orElse(null) instanceof MethodSource m) {
                    (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? passed : failed)
                        .add(m.getMethodName());
                  }
                }
              });
      return new Outcome(passed, failed);
    } finally {
      Sabotage.use(null);
    }
  }

  private static ExchangeBackend backend(
      ExchangeCommandPort commands, RecipientStatePort state, RecipientQueryPort query) {
    return new ExchangeBackend(commands, state, query, () -> {});
  }

  /** Passes everything on; a sabotage overrides one method. */
  private static class DelegatingCommands implements ExchangeCommandPort {
    private final ExchangeCommandPort real;

    DelegatingCommands(ExchangeCommandPort real) {
      this.real = real;
    }

    @Override
    public ExchangeVersion version() {
      return real.version();
    }

    @Override
    public List<CommandResult> run(ExchangePlan plan) {
      return real.run(plan);
    }

    @Override
    public List<PlannedStep> render(ExchangePlan plan) {
      return real.render(plan);
    }
  }
}
