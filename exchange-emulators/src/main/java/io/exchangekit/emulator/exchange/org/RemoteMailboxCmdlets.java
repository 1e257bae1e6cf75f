package io.exchangekit.emulator.exchange.org;

import io.exchangekit.emulator.exchange.org.Model.Group;
import io.exchangekit.emulator.exchange.org.Model.Mailbox;
import io.exchangekit.emulator.exchange.org.Model.State;
import io.exchangekit.emulator.exchange.org.Model.User;
import io.exchangekit.emulator.exchange.ps.CmdletHost.Invocation;
import io.exchangekit.emulator.exchange.ps.PsSecureString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hybrid remote mailboxes on the on-premises server: Enable-, New-, Set-, Disable-, Remove- and
 * Get-RemoteMailbox. A remote mailbox is an AD user made a mail user whose mailbox lives in
 * Exchange Online, reached through its RemoteRoutingAddress; Get-Mailbox and Set-Mailbox do not see
 * it. The parameter sets come from Microsoft's catalog (so {@code -Shared} exists only from
 * Exchange Server 2013).
 */
final class RemoteMailboxCmdlets extends CmdletFamily {

  RemoteMailboxCmdlets(CmdletContext session) {
    super(session);
  }

  static List<EmulatedCmdlet> cmdlets() {
    return List.of(
        EmulatedCmdlet.exchange(
            "Enable-RemoteMailbox", RemoteMailboxCmdlets::new, RemoteMailboxCmdlets::enable),
        EmulatedCmdlet.exchange(
            "New-RemoteMailbox", RemoteMailboxCmdlets::new, RemoteMailboxCmdlets::create),
        EmulatedCmdlet.exchange(
            "Set-RemoteMailbox", RemoteMailboxCmdlets::new, RemoteMailboxCmdlets::set),
        EmulatedCmdlet.exchange(
                "Disable-RemoteMailbox", RemoteMailboxCmdlets::new, RemoteMailboxCmdlets::disable)
            .asDestructive(),
        EmulatedCmdlet.exchange(
                "Remove-RemoteMailbox", RemoteMailboxCmdlets::new, RemoteMailboxCmdlets::remove)
            .asDestructive(),
        EmulatedCmdlet.exchange(
            "Get-RemoteMailbox", RemoteMailboxCmdlets::new, RemoteMailboxCmdlets::get));
  }

  private List<Object> enable(Invocation inv) {
    User u = recipients.anyUser(inv, "Identity");
    if (inv.flag("Archive")) {
      // the Archive set: an archive in Exchange Online for an existing remote mailbox
      if (u.remoteMailbox == null) {
        throw errors().notFound(inv.command(), recipients.identityOf(inv, "Identity"));
      }
      if (u.remoteMailbox.archiveEnabled) {
        throw errors().archiveExists(inv.command(), u.name);
      }
      u.remoteMailbox.archiveEnabled = true;
      org.changed();
      return List.of(views.remoteMailboxObject(u));
    }
    if (u.mailbox != null || u.remoteMailbox != null) {
      throw errors().alreadyMailboxEnabled(inv.command(), u.name);
    }
    if (inv.has("DisplayName")) {
      u.displayName = inv.string("DisplayName");
    }
    String type = typeOf(inv);
    u.remoteMailbox = remoteRecord(inv, u, type);
    u.remoteMailboxSinceMillis = org.now();
    if (!type.equals("User")) {
      u.enabled = false;
    }
    org.changed();
    return List.of(views.remoteMailboxObject(u));
  }

  private List<Object> create(Invocation inv) {
    State s = org.state();
    String name = inv.string("Name");
    if (name.length() > 64) {
      throw errors().tooLong(inv.command(), 64, name.length());
    }
    String ou = arguments.organisationalUnit(inv, "OnPremisesOrganizationalUnit");
    User u = new User();
    u.guid = UUID.randomUUID().toString();
    uniqueness.checkNameFree(inv.command(), name, ou, u.guid);
    String type = typeOf(inv);
    String upn = inv.string("UserPrincipalName");
    if (upn != null) {
      if (!upn.matches("[^@\\s]+@[^@\\s]+")) {
        throw errors().upnInvalid(inv.command(), upn);
      }
      uniqueness.checkUpnFree(inv.command(), upn, u.guid);
    }
    String sam = inv.string("SamAccountName");
    if (sam == null) {
      sam = name.replaceAll("[^A-Za-z0-9._-]", "");
      if (sam.length() > 20) {
        sam = sam.substring(0, 20);
      }
    }
    uniqueness.checkSamFree(inv.command(), sam, u.guid);
    if (inv.has("Initials") && inv.string("Initials").length() > 6) {
      throw errors().tooLong(inv.command(), 6, inv.string("Initials").length());
    }
    u.name = name;
    u.displayName = inv.has("DisplayName") ? inv.string("DisplayName") : name;
    u.userPrincipalName = upn;
    u.samAccountName = sam;
    u.organizationalUnit = ou;
    u.firstName = inv.string("FirstName");
    u.lastName = inv.string("LastName");
    u.initials = inv.string("Initials");
    u.passwordSet = inv.get("Password") instanceof PsSecureString;
    u.resetPasswordOnNextLogon = inv.flag("ResetPasswordOnNextLogon");
    u.enabled = type.equals("User") && !inv.flag("AccountDisabled");
    u.remoteMailbox = remoteRecord(inv, u, type);
    u.remoteMailboxSinceMillis = org.now();
    s.users.add(u);
    org.changed();
    return List.of(views.remoteMailboxObject(u));
  }

  private Mailbox remoteRecord(Invocation inv, User u, String type) {
    State s = org.state();
    Mailbox m = new Mailbox();
    m.type = type;
    m.database = null;
    m.protocols.clear();
    String primary = newAddresses(inv, u, m);
    m.remoteRoutingAddress = routingAddress(inv, m.alias);
    // the hybrid email address policy stamps the routing address as a secondary proxy address
    if (!m.remoteRoutingAddress.equalsIgnoreCase(primary)) {
      uniqueness.checkProxyFree(inv.command(), m.remoteRoutingAddress, u.guid);
      m.emailAddresses.add("smtp:" + m.remoteRoutingAddress);
    }
    if (inv.flag("Archive")) {
      m.archiveEnabled = true;
    }
    if (inv.has("ModeratedBy")) {
      m.moderatedBy =
          arguments.multiValued(
              List.of(), inv.get("ModeratedBy"), id -> recipients.recipientGuid(inv.command(), id));
      m.moderationEnabled = !m.moderatedBy.isEmpty();
    }
    String notifications = moderationNotifications(inv, "SendModerationNotifications");
    if (notifications != null) {
      m.sendModerationNotifications = notifications;
    }
    if (inv.has("ImmutableId")) {
      m.immutableId = inv.string("ImmutableId");
    }
    return m;
  }

  /**
   * The routing address given, in SMTP form (it names a domain of the tenant, which need not be an
   * accepted domain of the on-premises organisation). [assumption] Without one, the address the
   * hybrid configuration wizard's email address policy makes, alias@tenant.mail.onmicrosoft.com.
   */
  private String routingAddress(Invocation inv, String alias) {
    String given = inv.string("RemoteRoutingAddress");
    if (given == null) {
      String tenant = org.state().tenant == null ? org.state().name : org.state().tenant;
      return alias + "@" + tenant + ".mail.onmicrosoft.com";
    }
    String v = ProxyAddresses.stripPrefix(given);
    if (!v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw ExchangeErrors.notSmtpAddress(inv.command(), "RemoteRoutingAddress", given);
    }
    return v;
  }

  private List<Object> set(Invocation inv) {
    User u = recipients.remoteMailboxUser(inv, "Identity");
    Mailbox m = u.remoteMailbox;
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
        case "Identity", "Confirm", "WhatIf", "DomainController", "IgnoreDefaultScope" -> {}
        case "RemoteRoutingAddress" -> m.remoteRoutingAddress = routingAddress(inv, m.alias);
        case "UserPrincipalName" -> {
          uniqueness.checkUpnFree(cmd, inv.string(p), u.guid);
          u.userPrincipalName = inv.string(p);
        }
        case "Type" -> {
          String t =
              arguments.enumValue(
                  inv,
                  p,
                  "Microsoft.Exchange.Management.RecipientTasks.ConvertibleRemoteMailboxSubType",
                  "Regular",
                  "Room",
                  "Equipment",
                  "Shared");
          m.type = t.equals("Regular") ? "User" : t;
        }
        default -> m.settings.put(p, e.getValue() == null ? null : inv.string(p));
      }
    }
    org.changed();
    return List.of();
  }

  private List<Object> disable(Invocation inv) {
    User u = recipients.remoteMailboxUser(inv, "Identity");
    if (inv.flag("Archive")) {
      u.remoteMailbox.archiveEnabled = false;
    } else {
      u.remoteMailbox = null;
      u.remoteMailboxSinceMillis = null;
    }
    org.changed();
    return List.of();
  }

  private List<Object> remove(Invocation inv) {
    User u = recipients.remoteMailboxUser(inv, "Identity");
    org.state().users.remove(u);
    for (Group g : org.state().groups) {
      g.members.remove(u.guid);
    }
    org.changed();
    return List.of();
  }

  private List<Object> get(Invocation inv) {
    if (inv.has("Identity") && inv.get("Identity") != null) {
      return List.of(views.remoteMailboxObject(recipients.remoteMailboxUser(inv, "Identity")));
    }
    List<Object> out = new ArrayList<>();
    for (User u : recipients.visibleUsers()) {
      if (u.remoteMailbox != null) {
        out.add(views.remoteMailboxObject(u));
      }
    }
    return out;
  }
}
