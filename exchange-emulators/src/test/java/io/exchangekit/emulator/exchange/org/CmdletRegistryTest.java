package io.exchangekit.emulator.exchange.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exchangekit.catalog.CmdletCatalog;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.org.EmulatedCmdlet.Scope;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CmdletRegistryTest {

  /** The catalog cmdlets the emulator implemented before the registry derived the list. */
  private static final Set<String> IMPLEMENTED_BEFORE =
      Set.of(
          "Enable-Mailbox",
          "New-Mailbox",
          "Set-Mailbox",
          "Get-Mailbox",
          "Disable-Mailbox",
          "Remove-Mailbox",
          "Set-User",
          "Get-User",
          "Set-CASMailbox",
          "Get-CASMailbox",
          "Get-Recipient",
          "New-DistributionGroup",
          "Set-DistributionGroup",
          "Get-DistributionGroup",
          "Remove-DistributionGroup",
          "Add-DistributionGroupMember",
          "Remove-DistributionGroupMember",
          "Get-DistributionGroupMember",
          "Update-DistributionGroupMember",
          "Get-MailUser",
          "Get-RemoteMailbox",
          "Get-MailContact",
          "Get-Contact",
          "Get-DynamicDistributionGroup",
          "Get-EXOMailbox",
          "Get-EXORecipient",
          "Get-EXOCASMailbox",
          "Add-MailboxPermission",
          "Remove-MailboxPermission",
          "Get-MailboxPermission",
          "Add-ADPermission",
          "Remove-ADPermission",
          "Get-ADPermission",
          "Add-RecipientPermission",
          "Remove-RecipientPermission",
          "Get-RecipientPermission",
          // hybrid
          "Enable-RemoteMailbox",
          "New-RemoteMailbox",
          "Set-RemoteMailbox",
          "Disable-RemoteMailbox",
          "Remove-RemoteMailbox");

  @Test
  void givenTheFamilies_implemented_isTheFormerHandWrittenListAndAllInTheCatalog() {
    assertEquals(new TreeSet<>(IMPLEMENTED_BEFORE), ExchangeCmdlets.IMPLEMENTED);
    CmdletCatalog catalog = CmdletCatalog.load();
    for (String c : ExchangeCmdlets.IMPLEMENTED) {
      assertEquals(c, catalog.canonicalCmdletName(c).orElseThrow(), c);
    }
  }

  @Test
  void givenTheFamilies_destructive_areTheCmdletsThatAskForConfirmation() {
    assertEquals(
        new TreeSet<>(
            Set.of(
                "Remove-Mailbox",
                "Disable-Mailbox",
                "Remove-RemoteMailbox",
                "Disable-RemoteMailbox",
                "Remove-DistributionGroup",
                "Remove-DistributionGroupMember",
                "Update-DistributionGroupMember",
                "Disconnect-ExchangeOnline",
                "Remove-MailboxPermission",
                "Remove-ADPermission",
                "Add-RecipientPermission",
                "Remove-RecipientPermission")),
        ExchangeCmdlets.DESTRUCTIVE);
  }

  @Test
  void givenAVersion_offeredCommands_followTheirScope() {
    Set<String> onPremises =
        names(CmdletRegistry.EXCHANGE.offeredIn(ExchangeVersion.EXCHANGE_2019));
    Set<String> online = names(CmdletRegistry.EXCHANGE.offeredIn(ExchangeVersion.ONLINE));
    assertTrue(onPremises.containsAll(Set.of("New-PSSession", "Get-ExchangeServer")));
    assertFalse(onPremises.contains("Connect-ExchangeOnline"));
    assertTrue(online.containsAll(Set.of("Connect-ExchangeOnline", "Disconnect-ExchangeOnline")));
    assertFalse(online.contains("Enable-ADAccount"));
    assertTrue(online.contains("Get-Mailbox") && onPremises.contains("Get-Mailbox"));
  }

  @Test
  void givenANameDeclaredTwiceForTheSameVersions_registry_refusesIt() {
    EmulatedCmdlet one = EmulatedCmdlet.exchange("Get-Mailbox", s -> s, (s, inv) -> List.of());
    EmulatedCmdlet two = one.onlyIn(Scope.ONLINE);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> CmdletRegistry.of(List.of(one), List.of(two)));
    assertTrue(e.getMessage().contains("Get-Mailbox"), e.getMessage());
    // one per deployment is fine
    CmdletRegistry.of(List.of(one.onlyIn(Scope.ON_PREMISES)), List.of(two));
  }

  @Test
  void givenARemoveCmdletNotDeclaredDestructive_registry_refusesIt() {
    EmulatedCmdlet remove =
        EmulatedCmdlet.exchange("Remove-MailboxPermission", s -> s, (s, inv) -> List.of());
    assertThrows(IllegalStateException.class, () -> CmdletRegistry.of(List.of(remove)));
    assertEquals(
        Set.of("Remove-MailboxPermission"),
        CmdletRegistry.of(List.of(remove.asDestructive())).destructive());
  }

  private static Set<String> names(List<EmulatedCmdlet> cmdlets) {
    Set<String> out = new TreeSet<>();
    cmdlets.forEach(c -> out.add(c.name()));
    return out;
  }
}
