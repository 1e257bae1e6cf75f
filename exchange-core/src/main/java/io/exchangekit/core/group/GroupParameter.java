package io.exchangekit.core.group;

import io.exchangekit.core.mailbox.MailboxName;
import io.exchangekit.core.mailbox.MailboxParameter;
import io.exchangekit.core.mailbox.MultiValue;
import io.exchangekit.core.mailbox.SendModerationNotifications;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.ObjectName;
import io.exchangekit.core.recipient.ParameterMap;
import io.exchangekit.core.recipient.SettingParameter;
import io.exchangekit.core.recipient.SmtpAddress;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every distribution-group parameter a request can carry, with its New-DistributionGroup and
 * Set-DistributionGroup names. Members are changed with Add-/Remove-DistributionGroupMember.
 */
public enum GroupParameter implements SettingParameter {
  NAME("Name", MailboxName.class, MailboxName::of, "Name", "Name"),
  ALIAS("Alias", Alias.class, Alias::of, "Alias", "Alias"),
  DISPLAY_NAME("DisplayName", DisplayName.class, DisplayName::of, "DisplayName", "DisplayName"),
  PRIMARY_SMTP_ADDRESS(
      "PrimarySmtpAddress",
      SmtpAddress.class,
      SmtpAddress::of,
      "PrimarySmtpAddress",
      "PrimarySmtpAddress"),
  TYPE("GroupType", GroupType.class, GroupType::parse, "Type", null),
  ORGANIZATIONAL_UNIT(
      "OrganizationalUnit", ObjectName.class, ObjectName::of, "OrganizationalUnit", null),
  MANAGED_BY("ManagedBy", MultiValue.class, null, "ManagedBy", "ManagedBy"),
  MEMBERS("Members", MultiValue.class, null, "Members", null),
  MODERATED_BY("ModeratedBy", MultiValue.class, null, "ModeratedBy", "ModeratedBy"),
  MODERATION_ENABLED(
      "ModerationEnabled",
      Boolean.class,
      MailboxParameter::parseBoolean,
      "ModerationEnabled",
      "ModerationEnabled"),
  SEND_MODERATION_NOTIFICATIONS(
      "SendModerationNotifications",
      SendModerationNotifications.class,
      SendModerationNotifications::parse,
      "SendModerationNotifications",
      "SendModerationNotifications"),
  MEMBER_JOIN_RESTRICTION(
      "MemberJoinRestriction",
      MemberJoinRestriction.class,
      MemberJoinRestriction::parse,
      "MemberJoinRestriction",
      "MemberJoinRestriction"),
  MEMBER_DEPART_RESTRICTION(
      "MemberDepartRestriction",
      MemberDepartRestriction.class,
      MemberDepartRestriction::parse,
      "MemberDepartRestriction",
      "MemberDepartRestriction"),
  REQUIRE_SENDER_AUTHENTICATION(
      "RequireSenderAuthenticationEnabled",
      Boolean.class,
      MailboxParameter::parseBoolean,
      "RequireSenderAuthenticationEnabled",
      "RequireSenderAuthenticationEnabled"),
  HIDDEN_FROM_ADDRESS_LISTS(
      "HiddenFromAddressListsEnabled",
      Boolean.class,
      MailboxParameter::parseBoolean,
      null,
      "HiddenFromAddressListsEnabled"),
  NOTES("Notes", ObjectName.class, ObjectName::of, "Notes", null);

  private final Spec spec;
  private final String newParameter;
  private final String setParameter;

  GroupParameter(
      String attributeName,
      Class<?> valueType,
      Function<String, ?> parser,
      String newParameter,
      String setParameter) {
    this.spec = new Spec(attributeName, valueType, parser);
    this.newParameter = newParameter;
    this.setParameter = setParameter;
  }

  @Override
  public Spec spec() {
    return spec;
  }

  /** Its New-DistributionGroup parameter, if that cmdlet takes it. */
  public Optional<String> newParameter() {
    return Optional.ofNullable(newParameter);
  }

  /**
   * Its New-DistributionGroup parameter on {@code version}: New-DistributionGroup takes
   * RequireSenderAuthenticationEnabled only from Exchange 2016 on (earlier, Set-DistributionGroup
   * carries it after creation).
   */
  public Optional<String> newParameter(ExchangeVersion version) {
    if (this == REQUIRE_SENDER_AUTHENTICATION
        && (version == ExchangeVersion.EXCHANGE_2010 || version == ExchangeVersion.EXCHANGE_2013)) {
      return Optional.empty();
    }
    return newParameter();
  }

  /** Its Set-DistributionGroup parameter; empty when it can be given only at creation. */
  public Optional<String> setParameter() {
    return Optional.ofNullable(setParameter);
  }

  public static Optional<GroupParameter> byAttributeName(String name) {
    return ParameterMap.byAttributeName(GroupParameter.class, name);
  }
}
