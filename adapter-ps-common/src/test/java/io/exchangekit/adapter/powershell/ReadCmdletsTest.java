package io.exchangekit.adapter.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.adapter.powershell.ReadCmdlets.Kind;
import io.exchangekit.core.mode.ExchangeVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadCmdletsTest {
  private final ReadCmdlets online = ReadCmdlets.forVersion(ExchangeVersion.ONLINE);
  private final ReadCmdlets onPremises = ReadCmdlets.forVersion(ExchangeVersion.EXCHANGE_2019);

  @Test
  void givenBackend_cmdlet_isTheRestReadOnlineAndTheServerReadOnPremises() {
    assertTrue(online.rest());
    assertFalse(onPremises.rest());
    assertEquals("Get-EXOMailbox", online.cmdlet(Kind.MAILBOX));
    assertEquals("Get-EXOCASMailbox", online.cmdlet(Kind.CAS_MAILBOX));
    assertEquals("Get-EXORecipient", online.cmdlet(Kind.RECIPIENT));
    assertEquals("Get-Mailbox", onPremises.cmdlet(Kind.MAILBOX));
    assertEquals("Get-CASMailbox", onPremises.cmdlet(Kind.CAS_MAILBOX));
    assertEquals("Get-Recipient", onPremises.cmdlet(Kind.RECIPIENT));
  }

  @Test
  void givenListedProperties_selection_namesWhatTheMinimumSetLacks() {
    assertEquals(
        " -Properties 'Identity','RetentionPolicy','CustomAttribute1'",
        ReadCmdlets.selection(
            "Get-EXOMailbox",
            List.of(
                "Identity", "Alias", "RetentionPolicy", "retentionpolicy", "CustomAttribute1")));
    assertEquals("", ReadCmdlets.selection("Get-EXOMailbox", List.of("Name", "Alias")));
    assertEquals("", ReadCmdlets.selection("Get-EXOCASMailbox", List.of("Identity", "OWAEnabled")));
  }

  @Test
  void givenUnlistedPropertyOrStar_selection_readsThePropertySetAll() {
    assertEquals(
        " -PropertySets 'All'",
        ReadCmdlets.selection("Get-EXOMailbox", List.of("Name", "ServerName")));
    assertEquals(" -PropertySets 'All'", ReadCmdlets.selection("Get-EXORecipient", List.of("*")));
    assertEquals("", ReadCmdlets.selection("Get-Mailbox", List.of("ServerName")));
  }

  @Test
  void givenIdentity_read_rendersTheBackendsCmdletWithItsSelection() {
    assertEquals(
        "Get-EXOCASMailbox -Identity 'o''brien' -ErrorAction Stop -WarningAction"
            + " SilentlyContinue 3>$null",
        online.read(Kind.CAS_MAILBOX, "o'brien", List.of("OWAEnabled", "PopEnabled")));
    assertEquals(
        "Get-Mailbox -Identity 'bob' -ErrorAction Stop -WarningAction SilentlyContinue 3>$null",
        onPremises.read(Kind.MAILBOX, "bob", List.of("ModeratedBy")));
    assertTrue(
        online
            .read(Kind.MAILBOX, "bob", List.of("ModeratedBy"))
            .startsWith("Get-EXOMailbox -Identity 'bob' -Properties 'ModeratedBy' "));
  }

  @Test
  void givenSearchParameters_searchCmdlet_usesTheRestReadOnlyWhenItTakesThemAll() {
    assertEquals(
        "Get-EXOMailbox",
        online.searchCmdlet(
            "Get-Mailbox", List.of("Filter", "RecipientTypeDetails", "ResultSize")));
    assertEquals("Get-EXORecipient", online.searchCmdlet("Get-Recipient", List.of("Anr")));
    assertEquals("Get-Recipient", online.searchCmdlet("Get-Recipient", List.of("SortBy")));
    assertEquals("Get-Mailbox", online.searchCmdlet("Get-Mailbox", List.of("Arbitration")));
    assertEquals("Get-User", online.searchCmdlet("Get-User", List.of()));
    assertEquals("Get-Mailbox", onPremises.searchCmdlet("Get-Mailbox", List.of()));
  }
}
