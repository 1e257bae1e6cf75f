package io.exchangekit.adapter.connid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.identityconnectors.common.security.GuardedString;
import org.identityconnectors.framework.api.ConnectorFacade;
import org.identityconnectors.framework.common.exceptions.AlreadyExistsException;
import org.identityconnectors.framework.common.exceptions.InvalidAttributeValueException;
import org.identityconnectors.framework.common.exceptions.UnknownUidException;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeBuilder;
import org.identityconnectors.framework.common.objects.AttributeInfo;
import org.identityconnectors.framework.common.objects.AttributeUtil;
import org.identityconnectors.framework.common.objects.ConnectorObject;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.ObjectClassInfo;
import org.identityconnectors.framework.common.objects.OperationOptionsBuilder;
import org.identityconnectors.framework.common.objects.OperationalAttributes;
import org.identityconnectors.framework.common.objects.Schema;
import org.identityconnectors.framework.common.objects.Uid;
import org.identityconnectors.framework.common.objects.filter.Filter;
import org.identityconnectors.framework.common.objects.filter.FilterBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A ConnId client drives the packaged bundle, loaded from its jar by the framework's local
 * connector info manager, against the embedded Exchange Server 2016 emulator (premise scope, create
 * behaviour): every operation on a user mailbox, a shared mailbox and a distribution group with
 * members, and the error mapping.
 */
class BundleFacadeIT {
  private static ConnectorFacade facade;

  @BeforeAll
  static void loadBundle() {
    facade = Bundles.facade("premise", "create", "2016");
  }

  @Test
  void givenEmulatedPremise_test_passes() {
    facade.test();
  }

  @Test
  void givenPremiseCreate_schema_publishesAccountsAndGroupsFromTheModeRules() {
    Schema schema = facade.schema();
    ObjectClassInfo account = schema.findObjectClassInfo(ObjectClass.ACCOUNT_NAME);
    ObjectClassInfo group = schema.findObjectClassInfo(ObjectClass.GROUP_NAME);
    assertNotNull(account);
    assertNotNull(group);
    AttributeInfo database = info(account, "Database");
    assertTrue(database.isCreateable() && database.isReadable());
    assertTrue(info(account, "Name").isCreateable());
    assertTrue(info(account, "Password") == null, "the password is __PASSWORD__");
    assertNotNull(info(account, OperationalAttributes.PASSWORD_NAME));
    assertFalse(info(account, "MailboxType").isUpdateable(), "a mailbox keeps its type");
    assertNull(info(account, "LicensesToAssignJson"), "licences apply only online");
    assertNull(info(account, "ManagedFolderMailboxPolicy"), "Exchange 2010 only");
    assertTrue(info(group, "Members").isMultiValued());
  }

  @Test
  void givenUserMailbox_lifecycle_createsReadsUpdatesSearchesLocksUnlocksDeletes() {
    String upn = "fx.user@contoso.com";
    Uid uid =
        facade.create(
            ObjectClass.ACCOUNT,
            Set.of(
                new Name(upn),
                AttributeBuilder.build("Name", "Fx User"),
                AttributeBuilder.build("DisplayName", "Fx User"),
                AttributeBuilder.buildPassword(
                    new GuardedString("Initial-Pa55word!".toCharArray())),
                AttributeBuilder.build("Database", "DB01")),
            null);
    assertTrue(uid.getUidValue().matches("[0-9a-f-]{36}"), uid.getUidValue());

    ConnectorObject read = facade.getObject(ObjectClass.ACCOUNT, uid, null);
    assertEquals(upn, read.getName().getNameValue());
    assertEquals("User", AttributeUtil.getStringValue(read.getAttributeByName("MailboxType")));
    assertEquals("Fx User", AttributeUtil.getStringValue(read.getAttributeByName("DisplayName")));

    facade.update(
        ObjectClass.ACCOUNT,
        uid,
        Set.of(AttributeBuilder.build("DisplayName", "Fx Renamed")),
        null);
    List<ConnectorObject> found =
        search(
            ObjectClass.ACCOUNT,
            FilterBuilder.startsWith(AttributeBuilder.build("DisplayName", "Fx Ren")));
    assertEquals(List.of(uid), found.stream().map(ConnectorObject::getUid).toList());

    facade.update(ObjectClass.ACCOUNT, uid, Set.of(AttributeBuilder.buildEnabled(false)), null);
    facade.update(ObjectClass.ACCOUNT, uid, Set.of(AttributeBuilder.buildEnabled(true)), null);
    facade.update(
        ObjectClass.ACCOUNT,
        uid,
        Set.of(AttributeBuilder.buildPassword(new GuardedString("Next-Pa55word!".toCharArray()))),
        null);
    assertEquals(uid, facade.resolveUsername(ObjectClass.ACCOUNT, upn, null));

    facade.delete(ObjectClass.ACCOUNT, uid, null);
    assertNull(facade.getObject(ObjectClass.ACCOUNT, uid, null));
    assertThrows(UnknownUidException.class, () -> facade.delete(ObjectClass.ACCOUNT, uid, null));
  }

  @Test
  void givenSharedMailbox_create_readsBackItsType() {
    Uid uid =
        facade.create(
            ObjectClass.ACCOUNT,
            Set.of(
                new Name("fx.shared@contoso.com"),
                AttributeBuilder.build("Name", "Fx Shared"),
                AttributeBuilder.build("MailboxType", "Shared")),
            null);
    ConnectorObject read = facade.getObject(ObjectClass.ACCOUNT, uid, null);
    assertEquals("Shared", AttributeUtil.getStringValue(read.getAttributeByName("MailboxType")));
    assertEquals("fx.shared@contoso.com", read.getName().getNameValue());
    facade.delete(ObjectClass.ACCOUNT, uid, null);
    assertNull(facade.getObject(ObjectClass.ACCOUNT, uid, null));
  }

  @Test
  void givenGroupWithMembers_lifecycle_createsUpdatesSearchesDeletes() {
    Uid first = mailbox("fx.first@contoso.com", "Fx First");
    Uid second = mailbox("fx.second@contoso.com", "Fx Second");
    Uid uid =
        facade.create(
            ObjectClass.GROUP,
            Set.of(
                new Name("Fx Team"),
                AttributeBuilder.build("Alias", "fxteam"),
                AttributeBuilder.build("DisplayName", "Fx Team"),
                AttributeBuilder.build("Members", "fx.first@contoso.com", "fx.second@contoso.com")),
            null);
    ConnectorObject read = facade.getObject(ObjectClass.GROUP, uid, null);
    assertEquals("Fx Team", read.getName().getNameValue());
    assertEquals("fxteam", AttributeUtil.getStringValue(read.getAttributeByName("Alias")));

    facade.update(
        ObjectClass.GROUP,
        uid,
        Set.of(
            AttributeBuilder.build("DisplayName", "Fx Team Renamed"),
            AttributeBuilder.build("Members", "fx.first@contoso.com")),
        null);
    List<ConnectorObject> found =
        search(ObjectClass.GROUP, FilterBuilder.equalTo(new Name("Fx Team")));
    assertEquals(1, found.size());
    assertEquals(
        "Fx Team Renamed",
        AttributeUtil.getStringValue(found.get(0).getAttributeByName("DisplayName")));

    facade.delete(ObjectClass.GROUP, uid, null);
    assertNull(facade.getObject(ObjectClass.GROUP, uid, null));
    facade.delete(ObjectClass.ACCOUNT, first, null);
    facade.delete(ObjectClass.ACCOUNT, second, null);
  }

  private static Uid mailbox(String upn, String name) {
    return facade.create(
        ObjectClass.ACCOUNT,
        Set.of(
            new Name(upn),
            AttributeBuilder.build("Name", name),
            AttributeBuilder.buildPassword(new GuardedString("Initial-Pa55word!".toCharArray()))),
        null);
  }

  @Test
  void givenSharedMailbox_delegates_areGrantedReplacedAndGoWithTheMailbox() {
    Uid delegate = mailbox("fx.delegate@contoso.com", "Fx Delegate");
    Uid desk =
        facade.create(
            ObjectClass.ACCOUNT,
            Set.of(
                new Name("fx.desk@contoso.com"),
                AttributeBuilder.build("Name", "Fx Desk"),
                AttributeBuilder.build("MailboxType", "Shared"),
                AttributeBuilder.build("FullAccess", "alice", "fx.delegate@contoso.com"),
                AttributeBuilder.build("SendAs", "bob"),
                AttributeBuilder.build("SendOnBehalf", "fx.delegate@contoso.com")),
            null);
    assertNotNull(facade.getObject(ObjectClass.ACCOUNT, desk, null));
    facade.update(
        ObjectClass.ACCOUNT,
        desk,
        Set.of(
            AttributeBuilder.build("FullAccess", "fx.delegate@contoso.com"),
            AttributeBuilder.build("SendAs")),
        null);
    // a delegate that is not a security principal is refused by Exchange, naming it
    assertThrows(
        RuntimeException.class,
        () ->
            facade.update(
                ObjectClass.ACCOUNT,
                desk,
                Set.of(AttributeBuilder.build("FullAccess", "nobody-at-all")),
                null));
    facade.delete(ObjectClass.ACCOUNT, desk, null);
    facade.delete(ObjectClass.ACCOUNT, delegate, null);
    assertNull(facade.getObject(ObjectClass.ACCOUNT, desk, null));
  }

  @Test
  void givenExistingMailbox_createAgain_failsWithAlreadyExists() {
    Set<Attribute> attributes =
        Set.of(
            new Name("fx.twice@contoso.com"),
            AttributeBuilder.build("Name", "Fx Twice"),
            AttributeBuilder.buildPassword(new GuardedString("Initial-Pa55word!".toCharArray())));
    Uid uid = facade.create(ObjectClass.ACCOUNT, attributes, null);
    try {
      assertThrows(
          AlreadyExistsException.class, () -> facade.create(ObjectClass.ACCOUNT, attributes, null));
    } finally {
      facade.delete(ObjectClass.ACCOUNT, uid, null);
    }
  }

  @Test
  void givenUnknownUid_update_failsWithUnknownUid() {
    Uid missing = new Uid("00000000-0000-0000-0000-00000000abcd");
    assertThrows(
        UnknownUidException.class,
        () ->
            facade.update(
                ObjectClass.ACCOUNT,
                missing,
                Set.of(AttributeBuilder.build("DisplayName", "x")),
                null));
  }

  @Test
  void givenUnknownAttribute_create_failsNamingIt() {
    InvalidAttributeValueException e =
        assertThrows(
            InvalidAttributeValueException.class,
            () ->
                facade.create(
                    ObjectClass.ACCOUNT,
                    Set.of(new Name("fx.bad@contoso.com"), AttributeBuilder.build("Colour", "red")),
                    null));
    assertTrue(e.getMessage().contains("Colour"), e.getMessage());
  }

  @Test
  void givenBadAlias_create_failsWithInvalidAttributeValueNamingTheField() {
    InvalidAttributeValueException e =
        assertThrows(
            InvalidAttributeValueException.class,
            () ->
                facade.create(
                    ObjectClass.ACCOUNT,
                    Set.of(
                        new Name("fx.alias@contoso.com"),
                        AttributeBuilder.build("Name", "Fx Alias"),
                        AttributeBuilder.buildPassword(
                            new GuardedString("Initial-Pa55word!".toCharArray())),
                        AttributeBuilder.build("Alias", "bad alias with spaces")),
                    null));
    assertTrue(e.getMessage().contains("Alias"), e.getMessage());
  }

  private static List<ConnectorObject> search(ObjectClass oc, Filter filter) {
    List<ConnectorObject> out = new ArrayList<>();
    facade.search(oc, filter, out::add, new OperationOptionsBuilder().build());
    return out;
  }

  private static AttributeInfo info(ObjectClassInfo oc, String name) {
    return oc.getAttributeInfo().stream()
        .filter(i -> i.getName().equals(name))
        .findFirst()
        .orElse(null);
  }
}
