package io.exchangekit.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.core.license.AccountSkuId;
import io.exchangekit.core.license.LicenseSelection;
import io.exchangekit.core.mailbox.MailboxName;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxSettings;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.NewUserBehavior;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.emulator.graph.InMemoryCloudDirectory;
import io.exchangekit.ports.in.Outcome;
import io.exchangekit.ports.in.mailbox.MailboxCommand;
import io.exchangekit.ports.in.mailbox.ProvisionMailboxCommand;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedExchangeTest {
  private static final ConnectorMode PREMISE_CREATE =
      ConnectorMode.of(Scope.PREMISE, NewUserBehavior.CREATE);

  private static Outcome createJohn(EmbeddedExchange exchange) {
    MailboxSettings settings =
        MailboxSettings.builder()
            .set(MailboxParameter.NAME, MailboxName.of("John Doe"))
            .set(MailboxParameter.PASSWORD, Secret.of("Pa55word!x"))
            .build();
    return exchange
        .useCases()
        .provisionMailbox()
        .provision(
            new ProvisionMailboxCommand(
                RecipientIdentity.of("jdoe@contoso.com"), PREMISE_CREATE, settings, false));
  }

  @Test
  void givenDefaults_provisionOnPremises_theEmulatedServerHasTheMailbox() {
    try (EmbeddedExchange exchange = EmbeddedExchange.builder().sessions(1).start()) {
      assertFalse(exchange.premise().organisation().hasMailbox("jdoe@contoso.com"));
      Outcome outcome = createJohn(exchange);
      assertEquals(Outcome.Status.SUCCESS, outcome.status());
      assertTrue(exchange.premise().organisation().hasMailbox("jdoe@contoso.com"));
      assertTrue(
          exchange.premise().transcript().stream().anyMatch(l -> l.contains("New-Mailbox")),
          "the real on-premises adapter ran New-Mailbox in the emulator");
    }
  }

  @Test
  void givenAnArchivedMailboxOnExchangeServer_repeatTheRequest_theArchiveIsNotEnabledAgain() {
    try (EmbeddedExchange exchange = EmbeddedExchange.builder().sessions(1).start()) {
      MailboxSettings archived =
          MailboxSettings.builder()
              .set(MailboxParameter.NAME, MailboxName.of("Ann Archive"))
              .set(MailboxParameter.PASSWORD, Secret.of("Pa55word!x"))
              .set(MailboxParameter.IS_ARCHIVE, Boolean.TRUE)
              .build();
      ProvisionMailboxCommand command =
          new ProvisionMailboxCommand(
              RecipientIdentity.of("ann@contoso.com"), PREMISE_CREATE, archived, false);
      Outcome first = exchange.useCases().provisionMailbox().provision(command);
      assertEquals(Outcome.Status.SUCCESS, first.status());
      assertTrue(
          exchange.premise().transcript().stream()
              .anyMatch(l -> l.contains("New-Mailbox") && l.contains("-Archive")),
          "the mailbox was created with its archive");

      Outcome again = exchange.useCases().provisionMailbox().provision(command);
      assertEquals(Outcome.Status.SUCCESS, again.status());
      assertEquals(List.of(), again.completedSteps(), "a repeat plans nothing");
    }
  }

  @Test
  void givenAnOnlineUserNamedByItsAlias_remove_deletesTheCloudUserFoundThroughExchange() {
    String upn = "new.hire@contoso.onmicrosoft.com";
    ConnectorMode onlineCreate = ConnectorMode.of(Scope.ONLINE, NewUserBehavior.CREATE);
    try (EmbeddedExchange exchange = EmbeddedExchange.builder().sessions(1).start()) {
      MailboxSettings cloudMailbox =
          MailboxSettings.builder()
              .set(MailboxParameter.DISPLAY_NAME, DisplayName.of("New Hire"))
              .set(MailboxParameter.USAGE_LOCATION, UsageLocation.of("US"))
              .set(
                  MailboxParameter.LICENSES,
                  List.of(
                      new LicenseSelection(AccountSkuId.parse("contoso:ENTERPRISEPACK"), Set.of())))
              .build();
      ProvisionMailboxCommand create =
          new ProvisionMailboxCommand(RecipientIdentity.of(upn), onlineCreate, cloudMailbox, false);
      exchange.useCases().provisionMailbox().provision(create);
      exchange.useCases().provisionMailbox().provision(create);
      assertTrue(exchange.online().organisation().hasMailbox(upn));

      Outcome removed =
          exchange
              .useCases()
              .removeMailbox()
              .remove(new MailboxCommand(RecipientIdentity.of("new.hire"), onlineCreate, false));

      assertEquals(Outcome.Status.SUCCESS, removed.status());
      assertTrue(exchange.graph().user(upn).isEmpty(), "the cloud user is deleted");
      assertFalse(exchange.online().organisation().hasMailbox(upn));
    }
  }

  @Test
  void givenACloudUser_blockedThenDeletedThroughGraph_exchangeOnlineFollowsTheTenant() {
    String carol = "carol@contoso.onmicrosoft.com";
    try (EmbeddedExchange exchange = EmbeddedExchange.builder().sessions(1).start()) {
      CloudDirectoryPort graph = InMemoryCloudDirectory.of(exchange.graph());
      UserPrincipalName upn = UserPrincipalName.of(carol);
      assertTrue(exchange.online().organisation().hasUser(carol));

      graph.apply(new DirectoryAction.SetSignIn(upn, false));
      assertEquals(Optional.of(false), exchange.online().organisation().accountEnabled(carol));

      graph.apply(new DirectoryAction.DeleteCloudUser(upn));
      assertFalse(exchange.online().organisation().hasUser(carol));
      assertEquals(0, exchange.graph().listenerFailures());
    }
  }

  @Test
  void givenSaveTo_closeThenStartFromTheFile_theOrganisationSurvives(@TempDir Path dir) {
    Path state = dir.resolve("state.json");
    try (EmbeddedExchange exchange =
        EmbeddedExchange.builder().version(ExchangeVersion.EXCHANGE_2016).saveTo(state).start()) {
      createJohn(exchange);
    }
    assertTrue(Files.exists(state));
    try (EmbeddedExchange again = EmbeddedExchange.builder().stateFrom(state).start()) {
      assertTrue(again.premise().organisation().hasMailbox("jdoe@contoso.com"));
      assertTrue(again.online().organisation().hasMailbox("jdoe@contoso.com"));
    }
  }

  @Test
  void givenAFileThatIsNoState_start_namesTheFile(@TempDir Path dir) throws Exception {
    Path notState = Files.writeString(dir.resolve("notes.txt"), "not json");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> EmbeddedExchange.builder().stateFrom(notState).start());
    assertTrue(e.getMessage().contains("notes.txt is not an emulator state file"), e.getMessage());
  }

  @Test
  void givenBadSettings_build_namesTheSettingAndWhatIsAllowed() {
    EmbeddedExchange.Builder builder = EmbeddedExchange.builder();
    IllegalArgumentException online =
        assertThrows(IllegalArgumentException.class, () -> builder.version(ExchangeVersion.ONLINE));
    assertTrue(online.getMessage().startsWith("version is the on-premises"), online.getMessage());
    IllegalArgumentException sessions =
        assertThrows(IllegalArgumentException.class, () -> builder.sessions(0));
    assertEquals("sessions must be 1 to 16 but was 0", sessions.getMessage());
  }
}
