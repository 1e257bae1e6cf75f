package io.exchangekit.emulator.exchange.org;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.org.Model.Group;
import io.exchangekit.emulator.exchange.org.Model.Mailbox;
import io.exchangekit.emulator.exchange.org.Model.User;
import io.exchangekit.emulator.exchange.ps.PsObject;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;

/**
 * The objects the cmdlets write to the pipeline, in the shapes Exchange prints them (a mailbox, a
 * CAS mailbox, a user, a distribution group).
 */
final class RecipientViews {

  private final Organisation org;
  private final ExchangeVersion version;
  private final RecipientResolver recipients;

  RecipientViews(CmdletContext session) {
    this.org = session.org();
    this.version = session.version();
    this.recipients = session.recipients();
  }

  PsObject mailboxObject(User u) {
    Mailbox m = u.mailbox;
    PsObject o =
        PsObject.exchange(
                "Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox", u.name)
            .put("Name", u.name)
            .put("Alias", m.alias)
            .put("DisplayName", u.displayName)
            .put(
                "Identity",
                version.isOnline()
                    ? u.name
                    : (u.organizationalUnit == null ? "" : u.organizationalUnit) + "/" + u.name)
            .put("Guid", u.guid)
            .put("ExchangeGuid", u.guid)
            .put("DistinguishedName", recipients.dn(u.name, u.organizationalUnit))
            .put("UserPrincipalName", u.userPrincipalName)
            .put("SamAccountName", u.samAccountName)
            .put("OrganizationalUnit", u.organizationalUnit)
            .put("RecipientType", "UserMailbox")
            .put("RecipientTypeDetails", recipientTypeDetails(u))
            .put("PrimarySmtpAddress", ProxyAddresses.primaryOf(m))
            .put("WindowsEmailAddress", ProxyAddresses.primaryOf(m))
            .put("EmailAddresses", new ArrayList<Object>(m.emailAddresses))
            .put("EmailAddressPolicyEnabled", m.emailAddressPolicyEnabled)
            .put("Database", m.database)
            // On Exchange Server, ArchiveStatus speaks of archives in Exchange Online only and
            // stays
            // None for a local archive, which shows in ArchiveGuid, ArchiveDatabase and
            // ArchiveState
            // Local (Get-Mailbox output in "Microsoft Exchange Server 2013 Inside Out", archive
            // mailboxes part 2). Exchange Online reports an archive as ArchiveStatus Active.
            .put("ArchiveStatus", version.isOnline() && m.archiveEnabled ? "Active" : "None")
            .put("ArchiveState", m.archiveEnabled ? "Local" : "None")
            .put("ArchiveDatabase", m.archiveDatabase)
            .put(
                "ArchiveGuid",
                m.archiveEnabled
                    ? UUID.nameUUIDFromBytes(
                            u.guid.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString()
                    : "00000000-0000-0000-0000-000000000000")
            .put("RetentionPolicy", m.retentionPolicy)
            .put("SharingPolicy", m.sharingPolicy)
            .put("AddressBookPolicy", m.addressBookPolicy)
            .put("ActiveSyncMailboxPolicy", m.activeSyncMailboxPolicy)
            .put("RoleAssignmentPolicy", m.roleAssignmentPolicy)
            .put("ThrottlingPolicy", m.throttlingPolicy)
            .put("ArbitrationMailbox", m.arbitrationMailbox)
            .put("ModerationEnabled", m.moderationEnabled)
            .put("ModeratedBy", recipients.displays(m.moderatedBy))
            .put("GrantSendOnBehalfTo", recipients.displays(m.grantSendOnBehalfTo))
            .put("SendModerationNotifications", m.sendModerationNotifications)
            .put("HiddenFromAddressListsEnabled", m.hiddenFromAddressListsEnabled)
            .put("AccountDisabled", !u.enabled)
            .put("IsMailboxEnabled", true)
            .put("ServerName", version.isOnline() ? "am9p191mb1860" : serverShortName())
            .put(
                "ProhibitSendQuota",
                version.isOnline() ? "99 GB (106,300,440,576 bytes)" : "Unlimited")
            .put(
                "ExchangeVersion",
                version.majorVersion() == 14 ? "0.10 (14.0.100.0)" : "0.20 (15.0.0.0)");
    if (version == ExchangeVersion.EXCHANGE_2010) {
      o.put("ManagedFolderMailboxPolicy", m.managedFolderMailboxPolicy);
    }
    if (version.isOnline()) {
      o.put("ExternalDirectoryObjectId", u.cloud ? u.guid : "");
      o.put("MicrosoftOnlineServicesID", u.userPrincipalName);
      o.put("ImmutableId", m.immutableId);
    }
    for (int i = 1; i <= 15; i++) {
      String v = m.customAttributes.get("CustomAttribute" + i);
      o.put("CustomAttribute" + i, v == null ? "" : v);
    }
    m.settings.forEach(o::put);
    return o;
  }

  /** Get-RemoteMailbox's object: a mail user whose mailbox is in Exchange Online. */
  PsObject remoteMailboxObject(User u) {
    Mailbox m = u.remoteMailbox;
    PsObject o =
        PsObject.exchange(
                "Deserialized.Microsoft.Exchange.Data.Directory.Management.RemoteMailbox", u.name)
            .put("Name", u.name)
            .put("Alias", m.alias)
            .put("DisplayName", u.displayName)
            .put(
                "Identity",
                (u.organizationalUnit == null ? "" : u.organizationalUnit) + "/" + u.name)
            .put("Guid", u.guid)
            .put("ExchangeGuid", u.guid)
            .put("DistinguishedName", recipients.dn(u.name, u.organizationalUnit))
            .put("UserPrincipalName", u.userPrincipalName)
            .put("SamAccountName", u.samAccountName)
            .put("OnPremisesOrganizationalUnit", u.organizationalUnit)
            .put("RecipientType", "MailUser")
            .put("RecipientTypeDetails", recipientTypeDetails(u))
            .put("RemoteRecipientType", remoteRecipientType(m))
            .put("RemoteRoutingAddress", "SMTP:" + m.remoteRoutingAddress)
            .put("PrimarySmtpAddress", ProxyAddresses.primaryOf(m))
            .put("WindowsEmailAddress", ProxyAddresses.primaryOf(m))
            .put("EmailAddresses", new ArrayList<Object>(m.emailAddresses))
            .put("EmailAddressPolicyEnabled", m.emailAddressPolicyEnabled)
            .put("ArchiveState", m.archiveEnabled ? "HostedProvisioned" : "None")
            .put(
                "ArchiveGuid",
                m.archiveEnabled
                    ? UUID.nameUUIDFromBytes(
                            u.guid.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString()
                    : "00000000-0000-0000-0000-000000000000")
            .put("ModerationEnabled", m.moderationEnabled)
            .put("ModeratedBy", recipients.displays(m.moderatedBy))
            .put("SendModerationNotifications", m.sendModerationNotifications)
            .put("HiddenFromAddressListsEnabled", m.hiddenFromAddressListsEnabled)
            .put("ImmutableId", m.immutableId)
            .put(
                "ExchangeVersion",
                version.majorVersion() == 14 ? "0.10 (14.0.100.0)" : "0.20 (15.0.0.0)");
    for (int i = 1; i <= 15; i++) {
      String v = m.customAttributes.get("CustomAttribute" + i);
      o.put("CustomAttribute" + i, v == null ? "" : v);
    }
    m.settings.forEach(o::put);
    return o;
  }

  /** RemoteRecipientType as a hybrid server shows it after Enable- or New-RemoteMailbox. */
  private static String remoteRecipientType(Mailbox m) {
    String kind =
        switch (m.type) {
          case "Room" -> "RoomMailbox";
          case "Equipment" -> "EquipmentMailbox";
          case "Shared" -> "SharedMailbox";
          default -> "ProvisionMailbox";
        };
    return m.archiveEnabled ? kind + ", ProvisionArchive" : kind;
  }

  String serverShortName() {
    String server = org.state().exchangeServer;
    return (server.contains(".") ? server.substring(0, server.indexOf('.')) : server)
        .toLowerCase(Locale.ROOT);
  }

  PsObject casObject(User u) {
    PsObject o =
        PsObject.exchange(
                "Deserialized.Microsoft.Exchange.Data.Directory.Management.CASMailbox", u.name)
            .put("Name", u.name)
            .put("Identity", u.name)
            .put("Guid", u.guid)
            .put("PrimarySmtpAddress", ProxyAddresses.primaryOf(u.mailbox))
            .put("DisplayName", u.displayName);
    for (String p : Model.PROTOCOLS) {
      o.put(p, u.mailbox.protocols.getOrDefault(p, true));
    }
    return o;
  }

  PsObject userObject(User u) {
    PsObject o =
        PsObject.exchange("Deserialized.Microsoft.Exchange.Data.Directory.Management.User", u.name)
            .put("Name", u.name)
            .put("DisplayName", u.displayName)
            .put(
                "Identity",
                u.organizationalUnit == null ? u.name : u.organizationalUnit + "/" + u.name)
            .put("Guid", u.guid)
            .put("UserPrincipalName", u.userPrincipalName)
            .put("SamAccountName", u.samAccountName)
            .put("FirstName", u.firstName == null ? "" : u.firstName)
            .put("LastName", u.lastName == null ? "" : u.lastName)
            .put("Initials", u.initials == null ? "" : u.initials)
            .put("OrganizationalUnit", u.organizationalUnit)
            .put("DistinguishedName", recipients.dn(u.name, u.organizationalUnit))
            .put(
                "RecipientType",
                u.remoteMailbox != null ? "MailUser" : u.mailbox == null ? "User" : "UserMailbox")
            .put("RecipientTypeDetails", recipientTypeDetails(u))
            .put("AccountDisabled", !u.enabled)
            .put("ResetPasswordOnNextLogon", u.resetPasswordOnNextLogon)
            .put(
                "WindowsEmailAddress",
                u.mailbox == null
                    ? u.attributes.getOrDefault("WindowsEmailAddress", "")
                    : ProxyAddresses.primaryOf(u.mailbox));
    u.attributes.forEach(
        (k, v) -> {
          if (!o.has(k)) {
            o.put(k, v);
          }
        });
    return o;
  }

  PsObject groupObject(Group g) {
    return PsObject.exchange(
            "Deserialized.Microsoft.Exchange.Data.Directory.Management.DistributionGroup", g.name)
        .put("Name", g.name)
        .put("DisplayName", g.displayName)
        .put("Alias", g.alias)
        .put("Identity", (g.organizationalUnit == null ? "" : g.organizationalUnit + "/") + g.name)
        .put("Guid", g.guid)
        .put("DistinguishedName", recipients.dn(g.name, g.organizationalUnit))
        .put("SamAccountName", g.samAccountName)
        .put(
            "PrimarySmtpAddress",
            g.emailAddresses.stream()
                .filter(a -> a.startsWith("SMTP:"))
                .map(ProxyAddresses::stripPrefix)
                .findFirst()
                .orElse(null))
        .put("EmailAddresses", new ArrayList<Object>(g.emailAddresses))
        .put("GroupType", g.type.equals("Security") ? "Universal, SecurityEnabled" : "Universal")
        .put(
            "RecipientType",
            g.type.equals("Security")
                ? "MailUniversalSecurityGroup"
                : "MailUniversalDistributionGroup")
        .put(
            "RecipientTypeDetails",
            g.type.equals("Security")
                ? "MailUniversalSecurityGroup"
                : "MailUniversalDistributionGroup")
        .put("OrganizationalUnit", g.organizationalUnit)
        .put("ManagedBy", recipients.displays(g.managedBy))
        .put("ModeratedBy", recipients.displays(g.moderatedBy))
        .put("ModerationEnabled", g.moderationEnabled)
        .put("MemberJoinRestriction", g.memberJoinRestriction)
        .put("MemberDepartRestriction", g.memberDepartRestriction)
        .put("RequireSenderAuthenticationEnabled", g.requireSenderAuthenticationEnabled)
        .put("HiddenFromAddressListsEnabled", g.hiddenFromAddressListsEnabled)
        .put("Notes", g.notes);
  }

  PsObject templateMailbox() {
    User u = new User();
    u.guid = "";
    u.name = "";
    u.mailbox = new Mailbox();
    return mailboxObject(u);
  }

  static String recipientTypeDetails(User u) {
    if (u.remoteMailbox != null) {
      return switch (u.remoteMailbox.type) {
        case "Room" -> "RemoteRoomMailbox";
        case "Equipment" -> "RemoteEquipmentMailbox";
        case "Shared" -> "RemoteSharedMailbox";
        default -> "RemoteUserMailbox";
      };
    }
    if (u.mailbox == null) {
      return u.enabled ? "User" : "DisabledUser";
    }
    return switch (u.mailbox.type) {
      case "Room" -> "RoomMailbox";
      case "Equipment" -> "EquipmentMailbox";
      case "Shared" -> "SharedMailbox";
      default -> "UserMailbox";
    };
  }
}
