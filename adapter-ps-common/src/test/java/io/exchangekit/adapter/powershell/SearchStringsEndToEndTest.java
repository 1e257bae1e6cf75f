package io.exchangekit.adapter.powershell;

import static io.exchangekit.adapter.powershell.Plans.command;
import static io.exchangekit.adapter.powershell.Plans.plan;
import static io.exchangekit.adapter.powershell.PowerShellQueryAdapterTest.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.plan.ParameterValue;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.ports.spi.ExchangeBackend;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The search strings administrators write, as the OpenIAM guard parses them, run end to end through
 * jPowerShell against the emulator process (Exchange 2016), and return the right objects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchStringsEndToEndTest {
  private EmulatorProcess emulator;
  private PowerShellBackend backend;
  private ExchangeBackend ports;

  @BeforeAll
  void start() {
    emulator = EmulatorProcess.of(EmulatorProcess.argument(ExchangeVersion.EXCHANGE_2016));
    backend =
        PowerShellBackend.open(
            emulator.options(1, Duration.ofSeconds(20)),
            InProcessPowerShell.onPremRecipe(ExchangeVersion.EXCHANGE_2016));
    ports = backend.backend();
    ports
        .commands()
        .run(
            plan(
                command(
                    "New-Mailbox",
                    "Name",
                    "John Doe",
                    "Alias",
                    "jdoe",
                    "UserPrincipalName",
                    "jdoe@contoso.com",
                    "FirstName",
                    "John",
                    "LastName",
                    "Doe",
                    "OrganizationalUnit",
                    "contoso.com/Staff",
                    "Database",
                    "DB01",
                    "Password",
                    new ParameterValue.SecretText(Secret.of("P@ssw0rd!x"))),
                command("Enable-Mailbox", "Identity", "alice", "Database", "DB02"),
                command(
                    "New-Mailbox",
                    "Shared",
                    null,
                    "Name",
                    "Archive Desk",
                    "DisplayName",
                    "Archive Desk",
                    "Database",
                    "DB02")));
  }

  @AfterAll
  void stop() {
    backend.close();
  }

  private List<String> names(SearchQuery q) {
    try (Stream<RecipientRecord> s = ports.query().search(q)) {
      return s.map(r -> r.properties().get("Name").get(0)).sorted().toList();
    }
  }

  @Test
  void givenTheDocumentedSearchStrings_search_returnsTheRightObjects() {
    // Get-Mailbox -Identity jdoe@contoso.com
    assertEquals(List.of("John Doe"), names(query("Get-Mailbox", "Identity", "jdoe@contoso.com")));
    // Get-Mailbox -RecipientTypeDetails UserMailbox -ResultSize Unlimited
    assertEquals(
        List.of("John Doe", "alice"),
        names(
            query(
                "Get-Mailbox", "RecipientTypeDetails", "UserMailbox", "ResultSize", "Unlimited")));
    // Get-Mailbox -Filter "DisplayName -like 'A*'"
    assertEquals(
        List.of("Archive Desk", "alice"),
        names(query("Get-Mailbox", "Filter", "DisplayName -like 'A*'")));
    // Get-Mailbox -OrganizationalUnit 'contoso.com/Staff'
    assertEquals(
        List.of("John Doe"),
        names(query("Get-Mailbox", "OrganizationalUnit", "contoso.com/Staff")));
    // Get-Mailbox -Database DB01
    assertEquals(List.of("John Doe"), names(query("Get-Mailbox", "Database", "DB01")));
    // Get-Mailbox -Anr jdoe
    assertEquals(List.of("John Doe"), names(query("Get-Mailbox", "Anr", "jdoe")));
    // Get-DistributionGroup -Identity 'All Staff'
    assertEquals(
        List.of("All Staff"), names(query("Get-DistributionGroup", "Identity", "All Staff")));
  }

  @Test
  void givenACmdletTheVersionLacks_search_failsNamingItAndRunsNothing() {
    long before = emulator.counters().totalCmdletCalls();
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> names(query("Get-EXOMailbox")));
    assertEquals(
        "searchQuery is refused: Get-EXOMailbox does not exist on Exchange Server 2016",
        e.getMessage());
    assertEquals(before, emulator.counters().totalCmdletCalls());
  }
}
