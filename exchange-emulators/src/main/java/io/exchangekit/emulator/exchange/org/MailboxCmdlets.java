package io.exchangekit.emulator.exchange.org;

import io.exchangekit.emulator.exchange.org.Model.Group;
import io.exchangekit.emulator.exchange.org.Model.Mailbox;
import io.exchangekit.emulator.exchange.org.Model.State;
import io.exchangekit.emulator.exchange.org.Model.User;
import io.exchangekit.emulator.exchange.ps.CmdletHost.Invocation;
import io.exchangekit.emulator.exchange.ps.PsSecureString;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mailboxes: Enable-, New-, Set-, Disable- and Remove-Mailbox. */
final class MailboxCmdlets extends CmdletFamily {

  MailboxCmdlets(CmdletContext session) {
    super(session);
  }

  static List<EmulatedCmdlet> cmdlets() {
    return List.of(
        EmulatedCmdlet.exchange(
            "Enable-Mailbox", MailboxCmdlets::new, MailboxCmdlets::enableMailbox),
        EmulatedCmdlet.exchange("New-Mailbox", MailboxCmdlets::new, MailboxCmdlets::newMailbox),
        EmulatedCmdlet.exchange("Set-Mailbox", MailboxCmdlets::new, MailboxCmdlets::setMailbox),
        EmulatedCmdlet.exchange(
                "Disable-Mailbox", MailboxCmdlets::new, MailboxCmdlets::disableMailbox)
            .asDestructive(),
        EmulatedCmdlet.exchange(
                "Remove-Mailbox", MailboxCmdlets::new, MailboxCmdlets::removeMailbox)
            .asDestructive());
  }

  private List<Object> enableMailbox(Invocation inv) {
    User u = recipients.anyUser(inv, "Identity");
    if (inv.flag("Archive") && u.mailbox != null) {
      if (u.mailbox.archiveEnabled) {
        throw errors().archiveExists(inv.command(), u.name);
      }
      u.mailbox.archiveEnabled = true;
      u.mailbox.archiveDatabase =
          inv.has("ArchiveDatabase")
              ? arguments.database(inv, "ArchiveDatabase", org.state().archiveDatabases)
              : org.state().archiveDatabases.isEmpty()
                  ? u.mailbox.database
                  : org.state().archiveDatabases.get(0);
      org.changed();
      return List.of(views.mailboxObject(u));
    }
    if (u.mailbox != null || u.remoteMailbox != null) {
      throw errors().alreadyMailboxEnabled(inv.command(), u.name);
    }
    if (version.isOnline()) {
      throw errors().noExchangeLicence(inv.command(), u.name);
    }
    if (!u.enabled && typeOf(inv).equals("User")) {
      // Exchange enables mailboxes for disabled accounts too; nothing to check
      u.enabled = false;
    }
    Mailbox m = newMailboxRecord(inv, u, typeOf(inv));
    if (inv.has("DisplayName")) {
      u.displayName = inv.string("DisplayName");
    }
    if (!m.type.equals("User")) {
      u.enabled = false;
    }
    u.mailbox = m;
    org.changed();
    return List.of(views.mailboxObject(u));
  }

  private List<Object> newMailbox(Invocation inv) {
    State s = org.state();
    String name = inv.string("Name");
    if (name.length() > 64) {
      throw errors().tooLong(inv.command(), 64, name.length());
    }
    String ou = arguments.organisationalUnit(inv);
    User u = new User();
    u.guid = UUID.randomUUID().toString();
    uniqueness.checkNameFree(inv.command(), name, ou, u.guid);
    String type = typeOf(inv);
    String upn = inv.string(version.isOnline() ? "MicrosoftOnlineServicesID" : "UserPrincipalName");
    if (upn != null) {
      if (!upn.matches("[^@\\s]+@[^@\\s]+")) {
        throw errors().upnInvalid(inv.command(), upn);
      }
      uniqueness.checkUpnFree(inv.command(), upn, u.guid);
    } else if (!type.equals("User")) {
      upn = null;
    }
    String sam = inv.string("SamAccountName");
    if (sam == null && !version.isOnline()) {
      sam = name.replaceAll("[^A-Za-z0-9._-]", "");
      if (sam.length() > 20) {
        sam = sam.substring(0, 20);
      }
    }
    if (sam != null) {
      uniqueness.checkSamFree(inv.command(), sam, u.guid);
    }
    if (inv.has("Initials") && inv.string("Initials").length() > 6) {
      throw errors().tooLong(inv.command(), 6, inv.string("Initials").length());
    }
    u.name = name;
    u.displayName = inv.has("DisplayName") ? inv.string("DisplayName") : name;
    u.userPrincipalName = upn;
    u.samAccountName = sam;
    u.organizationalUnit = version.isOnline() ? null : ou;
    u.firstName = inv.string("FirstName");
    u.lastName = inv.string("LastName");
    u.initials = inv.string("Initials");
    u.cloud = version.isOnline();
    u.passwordSet = inv.get("Password") instanceof PsSecureString;
    u.resetPasswordOnNextLogon = inv.flag("ResetPasswordOnNextLogon");
    u.enabled = type.equals("User") && !inv.flag("AccountDisabled");
    if (u.userPrincipalName == null && version.isOnline()) {
      String alias =
          inv.has("Alias")
              ? inv.string("Alias")
              : name.replaceAll("[^A-Za-z0-9!#%*+\\-/=?^_~.]", "");
      u.userPrincipalName = alias + "@" + s.tenant + ".onmicrosoft.com";
    }
    u.mailbox = newMailboxRecord(inv, u, type);
    if (version.isOnline() && type.equals("User")) {
      u.exchangeLicence = true;
    }
    s.users.add(u);
    org.changed();
    return List.of(views.mailboxObject(u));
  }

  private Mailbox newMailboxRecord(Invocation inv, User u, String type) {
    State s = org.state();
    Mailbox m = new Mailbox();
    m.type = type;
    m.database =
        version.isOnline()
            ? null
            : inv.has("Database")
                ? arguments.database(inv, "Database", s.databases)
                : s.databases.isEmpty() ? null : s.databases.get(0);
    newAddresses(inv, u, m);
    m.retentionPolicy =
        orDefault(
            arguments.policy(inv, "RetentionPolicy", s.policies.retention), s.policies.retention);
    m.sharingPolicy =
        orDefault(arguments.policy(inv, "SharingPolicy", s.policies.sharing), s.policies.sharing);
    m.addressBookPolicy = arguments.policy(inv, "AddressBookPolicy", s.policies.addressBook);
    m.activeSyncMailboxPolicy =
        orDefault(
            arguments.policy(inv, "ActiveSyncMailboxPolicy", s.policies.activeSync),
            s.policies.activeSync);
    m.roleAssignmentPolicy =
        orDefault(
            arguments.policy(inv, "RoleAssignmentPolicy", s.policies.roleAssignment),
            s.policies.roleAssignment);
    m.throttlingPolicy = arguments.policy(inv, "ThrottlingPolicy", s.policies.throttling);
    m.managedFolderMailboxPolicy =
        arguments.policy(inv, "ManagedFolderMailboxPolicy", s.policies.managedFolder);
    if (inv.has("ArbitrationMailbox")) {
      m.arbitrationMailbox =
          recipients.displayOf(
              recipients.recipientGuid(
                  inv.command(), recipients.identityOf(inv, "ArbitrationMailbox")));
    }
    if (inv.flag("Archive") || inv.has("ArchiveDatabase")) {
      m.archiveEnabled = true;
      m.archiveDatabase =
          inv.has("ArchiveDatabase")
              ? arguments.database(inv, "ArchiveDatabase", s.archiveDatabases)
              : s.archiveDatabases.isEmpty() ? m.database : s.archiveDatabases.get(0);
    }
    if (inv.has("ModeratedBy")) {
      m.moderatedBy =
          arguments.multiValued(
              List.of(), inv.get("ModeratedBy"), id -> recipients.recipientGuid(inv.command(), id));
      m.moderationEnabled = !m.moderatedBy.isEmpty();
    }
    String notifications =
        arguments.enumValue(
            inv,
            "SendModerationNotifications",
            "Microsoft.Exchange.Data.Directory.Recipient.TransportModerationNotificationFlags",
            "Never",
            "Internal",
            "Always");
    if (notifications != null) {
      m.sendModerationNotifications = notifications;
    }
    if (inv.has("ImmutableId")) {
      m.immutableId = inv.string("ImmutableId");
    }
    if (!type.equals("User")) {
      m.protocols.put("ActiveSyncEnabled", true);
    }
    return m;
  }

  private static String orDefault(String chosen, List<String> known) {
    return chosen != null ? chosen : known.isEmpty() ? null : known.get(0);
  }

  private List<Object> setMailbox(Invocation inv) {
    User u = recipients.mailboxUser(inv, "Identity");
    Mailbox m = u.mailbox;
    State s = org.state();
    String cmd = inv.command();
    if (inv.has("EmailAddresses") && inv.has("PrimarySmtpAddress")) {
      throw errors().emailAddressesWithPrimary(cmd);
    }
    for (Map.Entry<String, Object> e : inv.parameters().entrySet()) {
      String p = e.getKey();
      if (setCommon(inv, p, e.getValue(), u, m)) {
        continue;
      }
      switch (p) {
        case "Identity",
            "Confirm",
            "WhatIf",
            "Force",
            "DomainController",
            "IgnoreDefaultScope" -> {}
        case "EmailAddresses" -> {
          List<String> next =
              arguments.multiValued(
                  m.emailAddresses,
                  e.getValue(),
                  a -> {
                    String prefix = a.contains(":") ? a.substring(0, a.indexOf(':')) : "smtp";
                    String addr = arguments.smtp(inv, p, a);
                    uniqueness.checkProxyFree(cmd, addr, u.guid);
                    return prefix + ":" + addr;
                  });
          long primaries = next.stream().filter(a -> a.startsWith("SMTP:")).count();
          if (primaries == 0 && !next.isEmpty()) {
            next.set(0, "SMTP:" + ProxyAddresses.stripPrefix(next.get(0)));
            primaries = 1;
          }
          if (primaries != 1) {
            throw errors().notOnePrimary(cmd);
          }
          m.emailAddresses = next;
        }
        case "Type" -> {
          String t =
              version.isOnline()
                  ? arguments.enumValue(
                      inv,
                      p,
                      "Microsoft.Exchange.Management.RecipientTasks.ConvertibleMailboxSubType",
                      "Regular",
                      "Room",
                      "Equipment",
                      "Shared",
                      "Workspace",
                      "Desk")
                  : arguments.enumValue(
                      inv,
                      p,
                      "Microsoft.Exchange.Management.RecipientTasks.ConvertibleMailboxSubType",
                      "Regular",
                      "Room",
                      "Equipment",
                      "Shared");
          m.type = t.equals("Regular") ? "User" : t;
        }
        case "Database" -> m.database = arguments.database(inv, p, s.databases);
        case "ArchiveDatabase" ->
            m.archiveDatabase = arguments.database(inv, p, s.archiveDatabases);
        case "RetentionPolicy" ->
            m.retentionPolicy = arguments.policy(inv, p, s.policies.retention);
        case "SharingPolicy" -> m.sharingPolicy = arguments.policy(inv, p, s.policies.sharing);
        case "AddressBookPolicy" ->
            m.addressBookPolicy = arguments.policy(inv, p, s.policies.addressBook);
        case "RoleAssignmentPolicy" ->
            m.roleAssignmentPolicy = arguments.policy(inv, p, s.policies.roleAssignment);
        case "ThrottlingPolicy" ->
            m.throttlingPolicy = arguments.policy(inv, p, s.policies.throttling);
        case "ManagedFolderMailboxPolicy" ->
            m.managedFolderMailboxPolicy = arguments.policy(inv, p, s.policies.managedFolder);
        case "GrantSendOnBehalfTo" ->
            m.grantSendOnBehalfTo =
                arguments.multiValued(
                    m.grantSendOnBehalfTo, e.getValue(), id -> recipients.recipientGuid(cmd, id));
        case "AccountDisabled" -> {
          // documented: functional only in the cloud-based service
          if (version.isOnline()) {
            m.accountDisabled = inv.flag(p);
            u.enabled = !inv.flag(p);
          }
        }
        case "UserPrincipalName", "MicrosoftOnlineServicesID" -> {
          uniqueness.checkUpnFree(cmd, inv.string(p), u.guid);
          u.userPrincipalName = inv.string(p);
        }
        case "ArbitrationMailbox" ->
            m.arbitrationMailbox =
                recipients.displayOf(recipients.recipientGuid(cmd, recipients.identityOf(inv, p)));
        case "Password" -> u.passwordSet = true;
        default -> m.settings.put(p, e.getValue() == null ? null : inv.string(p));
      }
    }
    org.changed();
    return List.of();
  }

  private List<Object> disableMailbox(Invocation inv) {
    User u = recipients.mailboxUser(inv, "Identity");
    if (inv.flag("Archive")) {
      u.mailbox.archiveEnabled = false;
      u.mailbox.archiveDatabase = null;
    } else {
      u.mailbox = null;
    }
    org.changed();
    return List.of();
  }

  private List<Object> removeMailbox(Invocation inv) {
    User u = recipients.mailboxUser(inv, "Identity");
    org.state().users.remove(u);
    for (Group g : org.state().groups) {
      g.members.remove(u.guid);
    }
    org.changed();
    return List.of();
  }
}
