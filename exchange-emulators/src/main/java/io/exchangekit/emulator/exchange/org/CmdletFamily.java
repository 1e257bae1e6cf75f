package io.exchangekit.emulator.exchange.org;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.org.Model.Mailbox;
import io.exchangekit.emulator.exchange.org.Model.State;
import io.exchangekit.emulator.exchange.org.Model.User;
import io.exchangekit.emulator.exchange.ps.CmdletHost.Invocation;

/**
 * What every cmdlet family works with: the session's context and the shared parts it holds (the
 * organisation, identity resolution, uniqueness checks, argument rules, output shapes, searches).
 */
abstract class CmdletFamily {
  protected final CmdletContext session;
  protected final Organisation org;
  protected final ExchangeVersion version;
  protected final RecipientResolver recipients;
  protected final UniquenessCheck uniqueness;
  protected final ArgumentRules arguments;
  protected final RecipientViews views;
  protected final RecipientSearch search;

  CmdletFamily(CmdletContext session) {
    this.session = session;
    this.org = session.org();
    this.version = session.version();
    this.recipients = session.recipients();
    this.uniqueness = session.uniqueness();
    this.arguments = session.arguments();
    this.views = session.views();
    this.search = session.search();
  }

  final ExchangeErrors errors() {
    return session.errors();
  }

  /**
   * Applies one parameter that Set-Mailbox and Set-RemoteMailbox treat alike: names and addresses
   * (with their uniqueness checks), moderation, account names, custom attributes.
   *
   * @return false when {@code p} is not one of them
   */
  protected final boolean setCommon(Invocation inv, String p, Object value, User u, Mailbox m) {
    State s = org.state();
    String cmd = inv.command();
    switch (p) {
      case "Alias" -> {
        String alias = inv.string(p);
        uniqueness.checkAliasFree(cmd, alias, u.guid);
        m.alias = alias;
        if (m.emailAddressPolicyEnabled) {
          String primary = alias + "@" + s.acceptedDomains.get(0);
          uniqueness.checkProxyFree(cmd, primary, u.guid);
          ProxyAddresses.setPrimary(m, primary);
        }
      }
      case "DisplayName" -> u.displayName = inv.string(p);
      case "Name" -> {
        uniqueness.checkNameFree(cmd, inv.string(p), u.organizationalUnit, u.guid);
        u.name = inv.string(p);
      }
      case "PrimarySmtpAddress", "WindowsEmailAddress" -> {
        if (m.emailAddressPolicyEnabled
            && p.equals("PrimarySmtpAddress")
            && !inv.has("EmailAddressPolicyEnabled")) {
          throw errors().primaryUnderPolicy(cmd);
        }
        String addr = arguments.smtp(inv, p, inv.string(p));
        uniqueness.checkProxyFree(cmd, addr, u.guid);
        ProxyAddresses.setPrimary(m, addr);
      }
      case "EmailAddressPolicyEnabled" -> m.emailAddressPolicyEnabled = inv.flag(p);
      case "HiddenFromAddressListsEnabled" -> m.hiddenFromAddressListsEnabled = inv.flag(p);
      case "ModeratedBy" ->
          m.moderatedBy =
              arguments.multiValued(m.moderatedBy, value, id -> recipients.recipientGuid(cmd, id));
      case "ModerationEnabled" -> m.moderationEnabled = inv.flag(p);
      case "SamAccountName" -> {
        uniqueness.checkSamFree(cmd, inv.string(p), u.guid);
        u.samAccountName = inv.string(p);
      }
      case "ImmutableId" -> m.immutableId = inv.string(p);
      case "ResetPasswordOnNextLogon" -> u.resetPasswordOnNextLogon = inv.flag(p);
      case "SendModerationNotifications" ->
          m.sendModerationNotifications = moderationNotifications(inv, p);
      default -> {
        if (!p.matches("CustomAttribute([1-9]|1[0-5])")) {
          return false;
        }
        if (value == null || inv.string(p).isEmpty()) {
          m.customAttributes.remove(p);
        } else {
          m.customAttributes.put(p, inv.string(p));
        }
      }
    }
    return true;
  }

  /** A -SendModerationNotifications argument, checked against its enumeration. */
  protected final String moderationNotifications(Invocation inv, String p) {
    return arguments.enumValue(
        inv,
        p,
        "Microsoft.Exchange.Data.Directory.Recipient.TransportModerationNotificationFlags",
        "Never",
        "Internal",
        "Always");
  }

  /** The mailbox type the -Room, -Equipment and -Shared switches ask for (User when none). */
  protected static String typeOf(Invocation inv) {
    if (inv.flag("Room")) {
      return "Room";
    }
    if (inv.flag("Equipment")) {
      return "Equipment";
    }
    if (inv.flag("Shared")) {
      return "Shared";
    }
    return "User";
  }

  /**
   * A new mailbox's alias (given, else the UPN's local part for a user mailbox, else the Name
   * without the characters an alias may not hold) and primary SMTP address (given, which turns the
   * email address policy off, else alias@ the first accepted domain), both checked unique.
   *
   * @return the primary SMTP address
   */
  protected final String newAddresses(Invocation inv, User u, Mailbox m) {
    State s = org.state();
    String alias = inv.string("Alias");
    if (alias == null) {
      alias =
          u.userPrincipalName != null && m.type.equals("User")
              ? u.userPrincipalName.substring(0, u.userPrincipalName.indexOf('@'))
              : u.name.replaceAll("[^A-Za-z0-9!#%*+\\-/=?^_~.]", "");
    }
    uniqueness.checkAliasFree(inv.command(), alias, u.guid);
    m.alias = alias;
    String primary = arguments.smtp(inv, "PrimarySmtpAddress", inv.string("PrimarySmtpAddress"));
    if (primary != null) {
      m.emailAddressPolicyEnabled = false;
    } else {
      primary = alias + "@" + s.acceptedDomains.get(0);
    }
    uniqueness.checkProxyFree(inv.command(), primary, u.guid);
    m.emailAddresses.add("SMTP:" + primary);
    return primary;
  }
}
