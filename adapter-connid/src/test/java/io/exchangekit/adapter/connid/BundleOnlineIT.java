package io.exchangekit.adapter.connid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.AttributeUtil;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.ObjectClassInfo;
import org.identityconnectors.framework.common.objects.Uid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged bundle against the embedded Exchange Online and Graph emulators (online scope,
 * create behaviour): a cloud user with licences gets its mailbox, a shared mailbox and a
 * distribution group are created in Exchange Online, and on-premises parameters are refused.
 */
class BundleOnlineIT {
  private static ConnectorFacade facade;

  @BeforeAll
  static void loadBundle() {
    facade = Bundles.facade("online", "create", "2019");
  }

  @Test
  void givenOnlineScope_schema_publishesLicencesAndNoDatabase() {
    facade.test();
    ObjectClassInfo account = facade.schema().findObjectClassInfo(ObjectClass.ACCOUNT_NAME);
    assertTrue(has(account, "LicensesToAssignJson"));
    assertTrue(has(account, "UsageLocation"));
    assertTrue(!has(account, "Database"), "Database is an on-premises parameter");
  }

  @Test
  void givenCloudUserWithLicences_create_returnsTheMailboxAndAnUpdateConverges() {
    String upn = "fx.cloud@contoso.onmicrosoft.com";
    Uid uid =
        facade.create(
            ObjectClass.ACCOUNT,
            Set.of(
                new Name(upn),
                AttributeBuilder.build("DisplayName", "Fx Cloud"),
                AttributeBuilder.build("UsageLocation", "US"),
                AttributeBuilder.build(
                    "LicensesToAssignJson", "[{\"LicenseName\":\"contoso:ENTERPRISEPACK\"}]"),
                AttributeBuilder.buildPassword(
                    new GuardedString("Initial-Pa55word!".toCharArray()))),
            null);
    ConnectorObject read = facade.getObject(ObjectClass.ACCOUNT, uid, null);
    assertNotNull(read);
    assertEquals(upn, read.getName().getNameValue());
    assertEquals("User", AttributeUtil.getStringValue(read.getAttributeByName("MailboxType")));

    facade.update(
        ObjectClass.ACCOUNT,
        uid,
        Set.of(AttributeBuilder.build("DisplayName", "Fx Cloud 2")),
        null);
    assertEquals(
        "Fx Cloud 2",
        AttributeUtil.getStringValue(
            facade.getObject(ObjectClass.ACCOUNT, uid, null).getAttributeByName("DisplayName")));

    // removal deletes the cloud user, and with it its Exchange Online mailbox
    facade.delete(ObjectClass.ACCOUNT, uid, null);
    assertNull(facade.getObject(ObjectClass.ACCOUNT, uid, null));
  }

  @Test
  void givenBadLicenceJson_create_failsNamingTheAttribute() {
    InvalidAttributeValueException e =
        assertThrows(
            InvalidAttributeValueException.class,
            () ->
                facade.create(
                    ObjectClass.ACCOUNT,
                    Set.of(
                        new Name("fx.badjson@contoso.onmicrosoft.com"),
                        AttributeBuilder.build("UsageLocation", "US"),
                        AttributeBuilder.build(
                            "LicensesToAssignJson", "[{\"Licence\":\"contoso:ENTERPRISEPACK\"}]")),
                    null));
    assertTrue(e.getMessage().contains("LicensesToAssignJson"), e.getMessage());
  }

  @Test
  void givenOnPremisesParameter_create_isRefusedInOnlineScope() {
    InvalidAttributeValueException e =
        assertThrows(
            InvalidAttributeValueException.class,
            () ->
                facade.create(
                    ObjectClass.ACCOUNT,
                    Set.of(
                        new Name("fx.db@contoso.onmicrosoft.com"),
                        AttributeBuilder.build("Database", "DB01")),
                    null));
    assertTrue(e.getMessage().contains("Database"), e.getMessage());
  }

  @Test
  void givenSharedMailboxAndGroup_create_bothLiveInExchangeOnline() {
    Uid shared =
        facade.create(
            ObjectClass.ACCOUNT,
            Set.of(
                new Name("fx.team@contoso.onmicrosoft.com"),
                AttributeBuilder.build("Name", "Fx Team Mailbox"),
                // Exchange Online names a new resource mailbox alias@tenant.onmicrosoft.com
                AttributeBuilder.build("Alias", "fx.team"),
                AttributeBuilder.build("MailboxType", "Shared")),
            null);
    assertEquals(
        "Shared",
        AttributeUtil.getStringValue(
            facade.getObject(ObjectClass.ACCOUNT, shared, null).getAttributeByName("MailboxType")));
    Uid group =
        facade.create(
            ObjectClass.GROUP,
            Set.of(
                new Name("Fx Online Group"),
                AttributeBuilder.build("Members", "fx.team@contoso.onmicrosoft.com")),
            null);
    assertNotNull(facade.getObject(ObjectClass.GROUP, group, null));
    facade.delete(ObjectClass.GROUP, group, null);
    facade.delete(ObjectClass.ACCOUNT, shared, null);
    assertNull(facade.getObject(ObjectClass.ACCOUNT, shared, null));
  }

  private static boolean has(ObjectClassInfo oc, String name) {
    return oc.getAttributeInfo().stream().anyMatch(i -> i.getName().equals(name));
  }
}
