package io.exchangekit.core.mailbox;

import io.exchangekit.core.recipient.Alias;
import io.exchangekit.core.recipient.DisplayName;
import io.exchangekit.core.recipient.ObjectName;
import io.exchangekit.core.recipient.ParameterMap;
import io.exchangekit.core.recipient.PersonName;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.recipient.Secret;
import io.exchangekit.core.recipient.SettingParameter;
import io.exchangekit.core.recipient.SmtpAddress;
import io.exchangekit.core.recipient.UsageLocation;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every mailbox parameter a request can carry: the seed's provisioning table plus UsageLocation,
 * the licences to assign, HiddenFromAddressListsEnabled, and the delegates (FullAccess, SendAs,
 * SendOnBehalf, with FullAccessAutoMapping for new FullAccess delegates). Each knows its request
 * attribute name and how to read its value from request text.
 */
public enum MailboxParameter implements SettingParameter {
  USER_PRINCIPAL_NAME("UserPrincipalName", UserPrincipalName.class, UserPrincipalName::of),
  NAME("Name", MailboxName.class, MailboxName::of),
  PASSWORD("Password", Secret.class, Secret::of),
  MAILBOX_TYPE("MailboxType", MailboxType.class, MailboxType::parse),
  ALIAS("Alias", Alias.class, Alias::of),
  ORGANIZATIONAL_UNIT("OrganizationalUnit", ObjectName.class, ObjectName::of),
  ACTIVE_SYNC_MAILBOX_POLICY("ActiveSyncMailboxPolicy", ObjectName.class, ObjectName::of),
  ADDRESS_BOOK_POLICY("AddressBookPolicy", ObjectName.class, ObjectName::of),
  ARBITRATION_MAILBOX("ArbitrationMailbox", RecipientIdentity.class, RecipientIdentity::of),
  IS_ARCHIVE("IsArchive", Boolean.class, MailboxParameter::parseBoolean),
  ARCHIVE_DATABASE("ArchiveDatabase", ObjectName.class, ObjectName::of),
  DATABASE("Database", ObjectName.class, ObjectName::of),
  DISPLAY_NAME("DisplayName", DisplayName.class, DisplayName::of),
  FIRST_NAME("FirstName", PersonName.class, PersonName::of),
  IMMUTABLE_ID("ImmutableId", ObjectName.class, ObjectName::of),
  INITIALS("Initials", Initials.class, Initials::of),
  LAST_NAME("LastName", PersonName.class, PersonName::of),
  MANAGED_FOLDER_MAILBOX_POLICY("ManagedFolderMailboxPolicy", ObjectName.class, ObjectName::of),
  MANAGED_FOLDER_MAILBOX_POLICY_ALLOWED(
      "ManagedFolderMailboxPolicyAllowed", Boolean.class, MailboxParameter::parseBoolean),
  MODERATED_BY("ModeratedBy", MultiValue.class, null),
  PRIMARY_SMTP_ADDRESS("PrimarySmtpAddress", SmtpAddress.class, SmtpAddress::of),
  RESET_PASSWORD_ON_NEXT_LOGON(
      "ResetPasswordOnNextLogon", Boolean.class, MailboxParameter::parseBoolean),
  RETENTION_POLICY("RetentionPolicy", ObjectName.class, ObjectName::of),
  ROLE_ASSIGNMENT_POLICY("RoleAssignmentPolicy", ObjectName.class, ObjectName::of),
  SAM_ACCOUNT_NAME("SamAccountName", SamAccountName.class, SamAccountName::of),
  SEND_MODERATION_NOTIFICATIONS(
      "SendModerationNotifications",
      SendModerationNotifications.class,
      SendModerationNotifications::parse),
  SHARING_POLICY("SharingPolicy", ObjectName.class, ObjectName::of),
  THROTTLING_POLICY("ThrottlingPolicy", ObjectName.class, ObjectName::of),
  ACCOUNT_DISABLED("AccountDisabled", Boolean.class, MailboxParameter::parseBoolean),
  HIDDEN_FROM_ADDRESS_LISTS(
      "HiddenFromAddressListsEnabled", Boolean.class, MailboxParameter::parseBoolean),
  USAGE_LOCATION("UsageLocation", UsageLocation.class, UsageLocation::of),
  LICENSES("LicensesToAssignJson", List.class, null),
  FULL_ACCESS("FullAccess", MultiValue.class, null),
  SEND_AS("SendAs", MultiValue.class, null),
  SEND_ON_BEHALF("SendOnBehalf", MultiValue.class, null),
  FULL_ACCESS_AUTO_MAPPING("FullAccessAutoMapping", Boolean.class, MailboxParameter::parseBoolean);

  private final Spec spec;

  MailboxParameter(String attributeName, Class<?> valueType, Function<String, ?> parser) {
    this.spec = new Spec(attributeName, valueType, parser);
  }

  @Override
  public Spec spec() {
    return spec;
  }

  /** Finds a parameter by attribute name, ignoring case. */
  public static Optional<MailboxParameter> byAttributeName(String name) {
    return ParameterMap.byAttributeName(MailboxParameter.class, name);
  }

  /** Reads True/False (also 1/0 and $true/$false), any case. */
  public static Boolean parseBoolean(String text) {
    String t = text == null ? "" : text.trim();
    if (t.equalsIgnoreCase("true") || t.equals("1") || t.equalsIgnoreCase("$true")) {
      return Boolean.TRUE;
    }
    if (t.equalsIgnoreCase("false") || t.equals("0") || t.equalsIgnoreCase("$false")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException("must be True or False but was '" + text + "'");
  }
}
