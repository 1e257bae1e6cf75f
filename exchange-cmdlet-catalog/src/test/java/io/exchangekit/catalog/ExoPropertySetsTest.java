package io.exchangekit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExoPropertySetsTest {
  private final ExoPropertySets sets = ExoPropertySets.load();
  private final CmdletCatalog catalog = CmdletCatalog.load();

  @Test
  void givenVendoredPage_cmdlets_areTheThreeRestReadsOfTheCatalog() {
    assertEquals(3, sets.cmdlets().size());
    for (String cmdlet : sets.cmdlets()) {
      assertTrue(catalog.isCmdletApplicable(cmdlet, "Exchange Online"), cmdlet);
      assertTrue(catalog.hasParameter(cmdlet, "PropertySets"), cmdlet);
      assertTrue(catalog.hasParameter(cmdlet, "Properties"), cmdlet);
    }
  }

  @Test
  void givenGetExoMailbox_enumerators_areInTheOrderTheBindingErrorListsThem() {
    assertEquals(
        List.of(
            "All",
            "Minimum",
            "AddressList",
            "Archive",
            "Audit",
            "Custom",
            "Delivery",
            "Hold",
            "Moderation",
            "Move",
            "Policy",
            "PublicFolder",
            "Quota",
            "Resource",
            "Retention",
            "SCL",
            "SoftDelete",
            "StatisticsSeed"),
        sets.enumerators("get-exomailbox"));
    assertEquals(
        Optional.of("Microsoft.Exchange.Management.RestApiClient.GetExoMailbox+PropertySet"),
        sets.typeName("Get-EXOMailbox"));
  }

  @Test
  void givenMinimumOfEachCmdlet_properties_matchThePage() {
    assertEquals(14, sets.properties("Get-EXOMailbox", "minimum").size());
    assertTrue(sets.inMinimum("Get-EXOMailbox", "userprincipalname"));
    assertFalse(sets.inMinimum("Get-EXOMailbox", "Identity"));
    assertTrue(sets.inMinimum("Get-EXOCASMailbox", "OWAEnabled"));
    assertEquals(
        List.of(
            "ExchangeVersion",
            "ExternalDirectoryObjectID",
            "Name",
            "OrganizationId",
            "RecipientType",
            "RecipientTypeDetails"),
        sets.properties("Get-EXORecipient", "Minimum"));
  }

  @Test
  void givenSetOfAnotherCmdlet_canonicalSet_isEmpty() {
    assertEquals(Optional.of("SCL"), sets.canonicalSet("Get-EXOMailbox", "scl"));
    assertEquals(Optional.empty(), sets.canonicalSet("Get-EXOMailbox", "Ews"));
    assertEquals(Optional.of("Ews"), sets.canonicalSet("Get-EXOCASMailbox", "EWS"));
    assertTrue(sets.properties("Get-EXOMailbox", "All").isEmpty());
    assertTrue(sets.properties("Get-Mailbox", "Minimum").isEmpty());
    assertTrue(sets.namedSetProperties("Get-EXOMailbox").contains("moderatedby"));
    assertFalse(sets.hasPropertySets("Get-Mailbox"));
  }
}
