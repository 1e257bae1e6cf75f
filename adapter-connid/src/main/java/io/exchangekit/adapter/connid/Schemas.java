package io.exchangekit.adapter.connid;

import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MailboxType;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.Decision;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.ModeRules;
import io.exchangekit.core.mode.Operation;
import io.exchangekit.core.mode.ParameterRule;
import io.exchangekit.core.recipient.SettingParameter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.identityconnectors.framework.common.objects.AttributeInfo;
import org.identityconnectors.framework.common.objects.AttributeInfoBuilder;
import org.identityconnectors.framework.common.objects.Name;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.identityconnectors.framework.common.objects.ObjectClassInfoBuilder;
import org.identityconnectors.framework.common.objects.OperationalAttributeInfos;
import org.identityconnectors.framework.common.objects.OperationalAttributes;
import org.identityconnectors.framework.common.objects.Schema;
import org.identityconnectors.framework.common.objects.SchemaBuilder;

/**
 * The bundle's schema, generated from the core's parameter tables for one connector mode and
 * Exchange version: a mailbox parameter is published only where the mode-rule table applies it,
 * createable where the planner applies it at creation and updateable where it applies it to an
 * existing mailbox. So the schema cannot drift from the rules, and the strict planner accepts what
 * it publishes.
 */
final class Schemas {
  /** Mailbox parameters that Get-Mailbox prints in the form they are set. */
  static final Set<MailboxParameter> READABLE_MAILBOX =
      EnumSet.of(
          MailboxParameter.NAME,
          MailboxParameter.ALIAS,
          MailboxParameter.DISPLAY_NAME,
          MailboxParameter.SAM_ACCOUNT_NAME,
          MailboxParameter.PRIMARY_SMTP_ADDRESS,
          MailboxParameter.MAILBOX_TYPE,
          MailboxParameter.DATABASE,
          MailboxParameter.ARCHIVE_DATABASE,
          MailboxParameter.RETENTION_POLICY,
          MailboxParameter.SHARING_POLICY,
          MailboxParameter.ADDRESS_BOOK_POLICY,
          MailboxParameter.ACTIVE_SYNC_MAILBOX_POLICY,
          MailboxParameter.ROLE_ASSIGNMENT_POLICY,
          MailboxParameter.THROTTLING_POLICY,
          MailboxParameter.MANAGED_FOLDER_MAILBOX_POLICY,
          MailboxParameter.HIDDEN_FROM_ADDRESS_LISTS,
          MailboxParameter.IMMUTABLE_ID);

  /** Group parameters that Get-DistributionGroup prints in the form they are set. */
  static final Set<GroupParameter> READABLE_GROUP =
      EnumSet.of(
          GroupParameter.ALIAS,
          GroupParameter.DISPLAY_NAME,
          GroupParameter.PRIMARY_SMTP_ADDRESS,
          GroupParameter.MODERATION_ENABLED,
          GroupParameter.MEMBER_JOIN_RESTRICTION,
          GroupParameter.MEMBER_DEPART_RESTRICTION,
          GroupParameter.REQUIRE_SENDER_AUTHENTICATION,
          GroupParameter.HIDDEN_FROM_ADDRESS_LISTS);

  /** The account attributes outside the mode-rule table. */
  static final Set<MailboxParameter> SPECIAL =
      EnumSet.of(MailboxParameter.PASSWORD, MailboxParameter.USER_PRINCIPAL_NAME);

  private Schemas() {}

  /** The account attributes of a mode and version, by name, in the table's order. */
  static Map<String, AttributeInfo> accountAttributes(ConnectorMode mode, ExchangeVersion version) {
    Map<String, AttributeInfo> out = new LinkedHashMap<>();
    for (ParameterRule row : ModeRules.rows()) {
      MailboxParameter p = row.parameter();
      // hybrid scope has rows of its own; a parameter without one is not published there
      ParameterRule rule = ModeRules.rule(p, mode).orElse(null);
      if (rule == null
          || SPECIAL.contains(p)
          || !rule.modes().contains(mode)
          || !rule.versions().contains(version)) {
        continue;
      }
      boolean create = applies(p, mode, version, Operation.CREATE);
      boolean update = applies(p, mode, version, Operation.UPDATE);
      if (!create && !update) {
        continue;
      }
      AttributeInfoBuilder b = new AttributeInfoBuilder(p.attributeName(), type(p));
      b.setMultiValued(p.valueType() == MultiValue.class);
      b.setCreateable(create);
      b.setUpdateable(update);
      // ImmutableId is printed by Exchange Online only
      boolean readable =
          READABLE_MAILBOX.contains(p)
              && (p != MailboxParameter.IMMUTABLE_ID || version.isOnline());
      b.setReadable(readable);
      b.setReturnedByDefault(readable);
      out.put(p.attributeName(), b.build());
    }
    return out;
  }

  /** The group attributes (the same in every mode). */
  static Map<String, AttributeInfo> groupAttributes(ExchangeVersion version) {
    Map<String, AttributeInfo> out = new LinkedHashMap<>();
    for (GroupParameter p : GroupParameter.values()) {
      if (p == GroupParameter.NAME) {
        continue;
      }
      boolean create = p.newParameter(version).isPresent();
      boolean update = p.setParameter().isPresent() || p == GroupParameter.MEMBERS;
      if (!create && !update) {
        continue;
      }
      AttributeInfoBuilder b = new AttributeInfoBuilder(p.attributeName(), type(p));
      b.setMultiValued(p.valueType() == MultiValue.class);
      b.setCreateable(create);
      b.setUpdateable(update);
      boolean readable = READABLE_GROUP.contains(p);
      b.setReadable(readable);
      b.setReturnedByDefault(readable);
      out.put(p.attributeName(), b.build());
    }
    return out;
  }

  static Schema schema(Class<?> connector, ConnectorMode mode, ExchangeVersion version) {
    SchemaBuilder schema =
        new SchemaBuilder(
            connector.asSubclass(org.identityconnectors.framework.spi.Connector.class));
    ObjectClassInfoBuilder account = new ObjectClassInfoBuilder();
    account.setType(ObjectClass.ACCOUNT_NAME);
    account.addAttributeInfo(
        new AttributeInfoBuilder(Name.NAME, String.class)
            .setRequired(true)
            .setUpdateable(false)
            .build());
    // the lock state is not read back (it lives in the CAS protocols): write-only
    account.addAttributeInfo(
        new AttributeInfoBuilder(OperationalAttributes.ENABLE_NAME, Boolean.class)
            .setReadable(false)
            .setReturnedByDefault(false)
            .build());
    if (mode.creates() || mode.isOnline()) {
      account.addAttributeInfo(OperationalAttributeInfos.PASSWORD);
    }
    account.addAllAttributeInfo(accountAttributes(mode, version).values());
    schema.defineObjectClass(account.build());

    ObjectClassInfoBuilder group = new ObjectClassInfoBuilder();
    group.setType(ObjectClass.GROUP_NAME);
    group.addAttributeInfo(
        new AttributeInfoBuilder(Name.NAME, String.class)
            .setRequired(true)
            .setUpdateable(false)
            .build());
    group.addAllAttributeInfo(groupAttributes(version).values());
    schema.defineObjectClass(group.build());
    return schema.build();
  }

  private static boolean applies(
      MailboxParameter p, ConnectorMode mode, ExchangeVersion version, Operation operation) {
    for (MailboxType type : MailboxType.values()) {
      if (ModeRules.decide(p, mode, version, operation, type) instanceof Decision.Apply) {
        return true;
      }
    }
    return false;
  }

  private static Class<?> type(SettingParameter p) {
    return p.valueType() == Boolean.class ? Boolean.class : String.class;
  }
}
