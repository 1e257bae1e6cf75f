package io.exchangekit.emulator.exchange.org;

import io.exchangekit.emulator.exchange.org.Model.Group;
import io.exchangekit.emulator.exchange.org.Model.User;

/**
 * The checks Exchange and AD make before an object takes a name, user principal name,
 * SamAccountName, alias or proxy address: the value's form, and that no other object has it. The
 * owner's own GUID is excluded, so a rename to the same value passes.
 */
final class UniquenessCheck {

  private final CmdletContext session;
  private final Organisation org;
  private final RecipientResolver recipients;

  UniquenessCheck(CmdletContext session) {
    this.session = session;
    this.org = session.org();
    this.recipients = session.recipients();
  }

  private ExchangeErrors errors() {
    return session.errors();
  }

  void checkProxyFree(String cmdlet, String address, String ownerGuid) {
    for (User u : org.state().users) {
      Model.Mailbox m = u.mailbox != null ? u.mailbox : u.remoteMailbox;
      if (m != null && !u.guid.equals(ownerGuid)) {
        for (String a : m.emailAddresses) {
          if (ProxyAddresses.stripPrefix(a).equalsIgnoreCase(address)) {
            throw errors().proxyExists(cmdlet, "SMTP:" + address, u.name);
          }
        }
      }
    }
    for (Group g : org.state().groups) {
      if (!g.guid.equals(ownerGuid)) {
        for (String a : g.emailAddresses) {
          if (ProxyAddresses.stripPrefix(a).equalsIgnoreCase(address)) {
            throw errors().proxyExists(cmdlet, "SMTP:" + address, g.name);
          }
        }
      }
    }
  }

  void checkNameFree(String cmdlet, String name, String ou, String ownerGuid) {
    for (User u : org.state().users) {
      if (!u.guid.equals(ownerGuid) && name.equalsIgnoreCase(u.name)) {
        throw errors().alreadyExists(cmdlet, recipients.dn(name, ou));
      }
    }
    for (Group g : org.state().groups) {
      if (!g.guid.equals(ownerGuid) && name.equalsIgnoreCase(g.name)) {
        throw errors().alreadyExists(cmdlet, recipients.dn(name, ou));
      }
    }
  }

  void checkUpnFree(String cmdlet, String upn, String ownerGuid) {
    for (User u : org.state().users) {
      if (!u.guid.equals(ownerGuid) && upn.equalsIgnoreCase(u.userPrincipalName)) {
        throw errors().upnInUse(cmdlet, upn, u.name);
      }
    }
  }

  void checkSamFree(String cmdlet, String sam, String ownerGuid) {
    if (sam.length() > 20 || !sam.matches("[^\"/\\\\\\[\\]:;|=,+*?<>@]+") || sam.endsWith(".")) {
      throw errors().samInvalid(cmdlet, sam);
    }
    for (User u : org.state().users) {
      if (!u.guid.equals(ownerGuid) && sam.equalsIgnoreCase(u.samAccountName)) {
        throw errors().samInUse(cmdlet, sam, u.name);
      }
    }
    for (Group g : org.state().groups) {
      if (!g.guid.equals(ownerGuid) && sam.equalsIgnoreCase(g.samAccountName)) {
        throw errors().samInUse(cmdlet, sam, g.name);
      }
    }
  }

  void checkAliasFree(String cmdlet, String alias, String ownerGuid) {
    if (alias.length() > 64
        || !alias.matches("[A-Za-z0-9!#%*+\\-/=?^_~.\\u00A1-\\u00FF]+")
        || alias.startsWith(".")
        || alias.endsWith(".")
        || alias.contains("..")) {
      throw errors().aliasInvalid(cmdlet, alias);
    }
    for (User u : org.state().users) {
      Model.Mailbox m = u.mailbox != null ? u.mailbox : u.remoteMailbox;
      if (m != null && !u.guid.equals(ownerGuid) && alias.equalsIgnoreCase(m.alias)) {
        throw errors().aliasInUse(cmdlet, alias, u.name);
      }
    }
    for (Group g : org.state().groups) {
      if (!g.guid.equals(ownerGuid) && alias.equalsIgnoreCase(g.alias)) {
        throw errors().aliasInUse(cmdlet, alias, g.name);
      }
    }
  }
}
