package io.exchangekit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CmdletCatalogTest {
  private static final String EXCHANGE_2010 = "Exchange Server 2010";
  private static final String EXCHANGE_2016 = "Exchange Server 2016";
  private static final String ONLINE = "Exchange Online";

  private final CmdletCatalog catalog = CmdletCatalog.load();

  @Test
  void givenClasspath_load_readsAll72CmdletsOnce() {
    assertEquals(72, catalog.cmdletNames().size());
    assertTrue(catalog.hasCmdlet("set-mailbox"));
    assertFalse(catalog.hasCmdlet("Set-ADUser"));
    assertSame(catalog, CmdletCatalog.load());
  }

  @Test
  void givenSecondEdition_cmdletNames_holdTheReadsItAdded() {
    for (String read :
        List.of(
            "Get-MailContact",
            "Get-Contact",
            "Get-DynamicDistributionGroup",
            "Get-EXOMailbox",
            "Get-EXORecipient",
            "Get-EXOCASMailbox")) {
      assertTrue(catalog.hasCmdlet(read), read);
    }
    assertTrue(catalog.isCmdletApplicable("Get-EXOMailbox", ONLINE));
    assertFalse(catalog.isCmdletApplicable("Get-EXOMailbox", EXCHANGE_2016));
    assertTrue(catalog.isCmdletApplicable("Get-MailContact", EXCHANGE_2016));
  }

  @Test
  void givenSearchParameters_isApplicable_knowsWhereEachExists() {
    for (String p : List.of("Identity", "Anr", "Filter", "OrganizationalUnit", "SortBy")) {
      assertTrue(catalog.isApplicable("Get-Mailbox", p, EXCHANGE_2016), p);
    }
    assertTrue(catalog.isApplicable("Get-Mailbox", "Database", EXCHANGE_2016));
    assertFalse(catalog.isApplicable("Get-Mailbox", "Database", ONLINE));
    assertFalse(catalog.isApplicable("Get-Mailbox", "Bogus", EXCHANGE_2016));
  }

  @Test
  void givenAnyCase_hasParameter_matchesNamesAndAliases() {
    assertTrue(catalog.hasParameter("Remove-Mailbox", "confirm"));
    assertTrue(catalog.hasParameter("Remove-Mailbox", "cf"));
    assertEquals(Optional.of("Confirm"), catalog.canonicalParameterName("remove-mailbox", "CF"));
    assertFalse(catalog.hasParameter("Set-Mailbox", "Initials"));
  }

  @Test
  void givenVersions_isApplicable_followsTheApplicableList() {
    assertTrue(catalog.isApplicable("Set-Mailbox", "ManagedFolderMailboxPolicy", EXCHANGE_2010));
    assertFalse(catalog.isApplicable("Set-Mailbox", "ManagedFolderMailboxPolicy", EXCHANGE_2016));
    assertTrue(catalog.isApplicable("Set-Mailbox", "Database", EXCHANGE_2016));
    assertFalse(catalog.isApplicable("Set-Mailbox", "Database", ONLINE));
    assertTrue(catalog.isApplicable("Set-Mailbox", "MessageRecallProcessingEnabled", ONLINE));
  }

  @Test
  void givenParameters_typeAndSwitch_comeFromTheCatalog() {
    assertTrue(catalog.isSwitch("Enable-Mailbox", "Room"));
    assertFalse(catalog.isSwitch("Set-Mailbox", "HiddenFromAddressListsEnabled"));
    assertEquals("Boolean", catalog.type("Set-Mailbox", "HiddenFromAddressListsEnabled"));
    assertEquals("SecureString", catalog.type("New-Mailbox", "Password"));
  }

  @Test
  void givenTypicalCalls_resolveParameterSet_picksTheIntendedSet() {
    assertEquals(
        Optional.of("Identity"),
        catalog.resolveParameterSet(
            "Set-Mailbox", Set.of("Identity", "HiddenFromAddressListsEnabled"), EXCHANGE_2016));
    assertEquals(
        Optional.of("User"),
        catalog.resolveParameterSet(
            "Enable-Mailbox", Set.of("Identity", "Database"), EXCHANGE_2016));
    assertEquals(
        Optional.of("Room"),
        catalog.resolveParameterSet("Enable-Mailbox", Set.of("Identity", "Room"), EXCHANGE_2016));
    assertEquals(
        Optional.of("User"),
        catalog.resolveParameterSet(
            "New-Mailbox", Set.of("Name", "Password", "UserPrincipalName"), EXCHANGE_2016));
    assertEquals(
        Optional.of("Shared"),
        catalog.resolveParameterSet("New-Mailbox", Set.of("Name", "Shared"), ONLINE));
    assertEquals(
        Optional.of("MicrosoftOnlineServicesID"),
        catalog.resolveParameterSet(
            "New-Mailbox", Set.of("Name", "Password", "MicrosoftOnlineServicesID"), ONLINE));
    assertTrue(
        catalog
            .resolveParameterSet("Remove-Mailbox", Set.of("Identity", "Confirm"), EXCHANGE_2016)
            .isPresent());
    assertTrue(
        catalog
            .resolveParameterSet("Disable-Mailbox", Set.of("Identity", "cf"), EXCHANGE_2016)
            .isPresent());
    assertTrue(catalog.resolveParameterSet("Get-Mailbox", Set.of(), EXCHANGE_2016).isPresent());
    assertTrue(
        catalog
            .resolveParameterSet("Get-Mailbox", Set.of("Filter", "ResultSize"), ONLINE)
            .isPresent());
  }

  @Test
  void givenUnfitCombinations_resolve_saysWhy() {
    // the User set needs a password and a UPN
    CmdletCatalog.Resolution missing =
        catalog.resolve("New-Mailbox", Set.of("Name", "UserPrincipalName"), EXCHANGE_2016);
    assertEquals(CmdletCatalog.Outcome.MISSING_MANDATORY, missing.outcome());
    assertEquals(List.of("Password"), missing.missing());
    // Room and Shared select different sets
    assertEquals(
        Optional.empty(),
        catalog.resolveParameterSet(
            "New-Mailbox", Set.of("Name", "Room", "Shared"), EXCHANGE_2016));
    // UserPrincipalName is on-premises only, so the User set is not usable online
    assertEquals(
        Optional.empty(),
        catalog.resolveParameterSet(
            "New-Mailbox", Set.of("Name", "Password", "UserPrincipalName"), ONLINE));
    assertEquals(
        CmdletCatalog.Outcome.UNKNOWN_PARAMETER,
        catalog.resolve("Set-Mailbox", Set.of("Identity", "Bogus"), EXCHANGE_2016).outcome());
  }
}
