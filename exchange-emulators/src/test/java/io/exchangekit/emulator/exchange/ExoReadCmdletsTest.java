package io.exchangekit.emulator.exchange;

import static io.exchangekit.core.mode.ExchangeVersion.EXCHANGE_2019;
import static io.exchangekit.core.mode.ExchangeVersion.ONLINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.exchangekit.catalog.ExoPropertySets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Get-EXOMailbox, Get-EXOCASMailbox and Get-EXORecipient with their property sets. */
class ExoReadCmdletsTest {
  private static final ExoPropertySets SETS = ExoPropertySets.load();
  private EmulatorSession s;

  @BeforeEach
  void open() {
    s = ExchangeEmulator.forVersion(ONLINE).withDemoOrganisation().newSession();
    ok(
        "New-Mailbox -Name 'John Doe' -Alias 'jdoe' -MicrosoftOnlineServicesID"
            + " 'jdoe@contoso.com' -FirstName 'John' -LastName 'Doe'"
            + " -Password (ConvertTo-SecureString -String 'P@ssw0rd!x' -AsPlainText -Force)");
    ok(
        "Set-Mailbox -Identity 'jdoe' -CustomAttribute3 'blue' -RetentionPolicy 'Default MRM Policy'");
  }

  @AfterEach
  void close() {
    s.close();
  }

  private JsonNode call(String command) {
    return s.run(
            "$ev=$null;try{$r=@("
                + command
                + " -ErrorAction Stop -ErrorVariable ev 3>$null);$o=[pscustomobject]@{ok=($ev.Count"
                + " -eq 0);data=$r}}catch{$o=[pscustomobject]@{ok=$false;reason=$_.CategoryInfo.Reason;fqid=$_.FullyQualifiedErrorId;message=$_.Exception.Message}};ConvertTo-Json"
                + " -InputObject $o -Depth 5 -Compress")
        .json();
  }

  private JsonNode ok(String command) {
    JsonNode n = call(command);
    assertTrue(n.get("ok").asBoolean(), command + " -> " + n);
    return n.get("data");
  }

  private JsonNode fails(String command) {
    JsonNode n = call(command);
    assertFalse(n.get("ok").asBoolean(), command + " -> " + n);
    return n;
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void givenNoPropertySets_getExoMailbox_printsExactlyTheMinimumSet() {
    JsonNode m = ok("Get-EXOMailbox -Identity 'jdoe'").get(0);
    assertEquals(SETS.properties("Get-EXOMailbox", "Minimum"), names(m));
    assertEquals("jdoe@contoso.com", m.get("UserPrincipalName").asText());
    assertEquals("jdoe", m.get("Alias").asText());
    assertEquals(m.get("Guid").asText(), m.get("ExternalDirectoryObjectId").asText());
    assertTrue(
        m.get("OrganizationId").asText().contains("Microsoft Exchange Hosted Organizations"));
    assertFalse(m.has("CustomAttribute3"));
  }

  @Test
  void givenPropertySetsAndProperties_getExoMailbox_addsThemToTheMinimum() {
    JsonNode m =
        ok("Get-EXOMailbox -UserPrincipalName 'jdoe@contoso.com' -PropertySets Custom,policy"
                + " -Properties Database,'ModeratedBy'")
            .get(0);
    List<String> expected = new ArrayList<>(SETS.properties("Get-EXOMailbox", "Minimum"));
    for (String p : SETS.properties("Get-EXOMailbox", "Custom")) {
      if (!expected.contains(p)) {
        expected.add(p);
      }
    }
    for (String p : SETS.properties("Get-EXOMailbox", "Policy")) {
      if (!expected.contains(p)) {
        expected.add(p);
      }
    }
    expected.add("Database");
    expected.add("ModeratedBy");
    assertEquals(expected, names(m));
    assertEquals("blue", m.get("CustomAttribute3").asText());
    assertEquals("Default MRM Policy", m.get("RetentionPolicy").asText());
  }

  @Test
  void givenAllPropertySet_getExoMailbox_printsEveryPropertyOfGetMailboxAndTheSets() {
    JsonNode all = ok("Get-EXOMailbox -PrimarySmtpAddress 'jdoe@contoso.com' -PropertySets All");
    JsonNode legacy = ok("Get-Mailbox -Identity 'jdoe'");
    List<String> allNames = names(all.get(0));
    assertTrue(allNames.containsAll(names(legacy.get(0))), allNames.toString());
    assertTrue(allNames.contains("LitigationHoldEnabled"), allNames.toString());
  }

  @Test
  void givenUnknownPropertySet_getExoMailbox_failsBindingWithTheEnumerators() {
    JsonNode n = fails("Get-EXOMailbox -Identity 'jdoe' -PropertySets Ews");
    assertEquals("ParameterBindingException", n.get("reason").asText());
    assertEquals(
        "Cannot bind parameter 'PropertySets'. Cannot convert value \"Ews\" to type"
            + " \"Microsoft.Exchange.Management.RestApiClient.GetExoMailbox+PropertySet\". Error:"
            + " \"Unable to match the identifier name Ews to a valid enumerator name. Specify one"
            + " of the following enumerator names and try again:\n"
            + "All, Minimum, AddressList, Archive, Audit, Custom, Delivery, Hold, Moderation, Move,"
            + " Policy, PublicFolder, Quota, Resource, Retention, SCL, SoftDelete, StatisticsSeed\"",
        n.get("message").asText());
    ok("Get-EXOCASMailbox -Identity 'jdoe' -PropertySets Ews");
  }

  @Test
  void givenUnknownOrWildcardProperty_getExoCasMailbox_isRefusedAsTheModuleRefusesIt() {
    JsonNode n = fails("Get-EXOCASMailbox -Identity 'jdoe' -Properties '*owa*'");
    assertEquals(
        "Some of requested properties are not valid. InvalidProperties = *owa*",
        n.get("message").asText());
    JsonNode two = fails("Get-EXORecipient -Identity 'jdoe' -Properties Alias,Bogus,Nope");
    assertEquals(
        "Some of requested properties are not valid. InvalidProperties = Bogus,Nope",
        two.get("message").asText());
    assertEquals(
        "Some of requested properties are not valid. InvalidProperties = Bogus",
        fails("Get-EXOMailbox -Identity 'ghost' -Properties Bogus").get("message").asText(),
        "checked before the service is asked");
  }

  @Test
  void givenCasMailbox_getExoCasMailbox_printsTheProtocolsOfTheMinimumSet() {
    ok("Set-CASMailbox -Identity 'jdoe' -OWAEnabled $false");
    JsonNode c = ok("Get-EXOCASMailbox -Identity 'jdoe'").get(0);
    assertEquals(SETS.properties("Get-EXOCASMailbox", "Minimum"), names(c));
    assertFalse(c.get("OWAEnabled").asBoolean());
    assertTrue(c.get("PopEnabled").asBoolean());
    assertTrue(c.get("EmailAddresses").toString().contains("jdoe@contoso.com"), c.toString());
  }

  @Test
  void givenRecipients_getExoRecipient_findsMailboxesAndGroupsWithTheMinimumSet() {
    ok("New-DistributionGroup -Name 'Sales Team' -Alias 'sales'");
    JsonNode r = ok("Get-EXORecipient -ResultSize Unlimited -Properties PrimarySmtpAddress");
    List<String> found = new ArrayList<>();
    r.forEach(o -> found.add(o.get("Name").asText()));
    assertTrue(found.containsAll(List.of("John Doe", "Sales Team")), found.toString());
    assertEquals(
        List.of(
            "ExchangeVersion",
            "ExternalDirectoryObjectId",
            "Name",
            "OrganizationId",
            "RecipientType",
            "RecipientTypeDetails",
            "PrimarySmtpAddress"),
        names(r.get(0)));
    assertEquals(
        List.of("John Doe"),
        List.of(ok("Get-EXORecipient -Anr 'jdo'").get(0).get("Name").asText()));
    JsonNode managers = ok("Get-EXORecipient -Identity 'jdoe' -Properties ManagedBy").get(0);
    assertTrue(managers.has("ManagedBy"), "a group's property is a recipient's: " + managers);
    assertFalse(
        call("Get-EXOMailbox -Identity 'jdoe' -Properties ManagedBy").get("ok").asBoolean());
  }

  @Test
  void givenMissingRecipient_getExoMailbox_failsWithTheRestModulesNotFound() {
    for (String by :
        List.of(
            "-Identity 'ghost'",
            "-UserPrincipalName 'ghost@contoso.com'",
            "-ExternalDirectoryObjectId '0b5c2a9e-1111-4c5d-9e8f-000000000000'")) {
      JsonNode n = fails("Get-EXOMailbox " + by);
      String message = n.get("message").asText();
      assertTrue(
          message.startsWith(
              "Error while querying REST service. HttpStatusCode=404 ErrorMessage={\"error\":"
                  + "{\"code\":\"NotFound\""),
          message);
      assertTrue(message.contains("couldn't be found on '"), message);
      assertEquals("RestClientException", n.get("reason").asText());
      assertEquals(
          "An error occurred while processing this request.,"
              + "Microsoft.Exchange.Management.RestApiClient.GetExoMailbox",
          n.get("fqid").asText());
    }
    JsonNode bad = fails("Get-EXOMailbox -ExternalDirectoryObjectId 'not-a-guid'");
    assertTrue(bad.get("message").asText().contains("System.Guid"), bad.toString());
  }

  @Test
  void givenOnPremises_getExoCmdlets_doNotExist() {
    try (EmulatorSession onPrem =
        ExchangeEmulator.forVersion(EXCHANGE_2019).withDemoOrganisation().newSession()) {
      String out = onPrem.run("Get-EXOMailbox -Identity 'alice'").output();
      assertTrue(out.contains("is not recognized"), out);
    }
  }
}
