package io.exchangekit.emulator.exchange.org;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.org.Model.Group;
import io.exchangekit.emulator.exchange.org.Model.User;
import io.exchangekit.emulator.exchange.ps.CmdletHost.Invocation;
import io.exchangekit.emulator.exchange.ps.PsObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Identity resolution as Exchange does it: a user or group by name, alias, GUID, SamAccountName,
 * DOMAIN\sam, distinguished or canonical name, or any of its proxy addresses; no match is "not
 * found", several are "ambiguous". Users of the other deployment (cloud users on-premises, AD users
 * online) are not visible.
 */
final class RecipientResolver {

  private final CmdletContext session;
  private final Organisation org;
  private final ExchangeVersion version;

  RecipientResolver(CmdletContext session) {
    this.session = session;
    this.org = session.org();
    this.version = session.version();
  }

  private ExchangeErrors errors() {
    return session.errors();
  }

  List<User> visibleUsers() {
    List<User> out = new ArrayList<>();
    for (User u : org.state().users) {
      if (u.cloud == version.isOnline()) {
        out.add(u);
      }
    }
    return out;
  }

  String dn(String name, String ou) {
    List<String> parts = new ArrayList<>();
    parts.add("CN=" + name);
    String[] segs = (ou == null ? org.state().acceptedDomains.get(0) + "/Users" : ou).split("/");
    for (int i = segs.length - 1; i >= 1; i--) {
      parts.add("OU=" + segs[i]);
    }
    for (String dc : segs[0].split("\\.")) {
      parts.add("DC=" + dc);
    }
    return String.join(",", parts);
  }

  /**
   * The canonical name Exchange Server prints for an object in a remote session, such as {@code
   * contoso.com/Users/Bob Smith}: objects without an OU of their own live in the domain's Users
   * container.
   */
  String canonical(String name, String ou) {
    return (ou == null ? org.state().acceptedDomains.get(0) + "/Users" : ou) + "/" + name;
  }

  String netbios() {
    return org.state().acceptedDomains.get(0).split("\\.")[0].toUpperCase(Locale.ROOT);
  }

  boolean userMatches(User u, String id) {
    if (id.equalsIgnoreCase(u.name)
        || id.equalsIgnoreCase(u.userPrincipalName)
        || id.equalsIgnoreCase(u.samAccountName)
        || id.equalsIgnoreCase(u.guid)
        || id.equalsIgnoreCase(dn(u.name, u.organizationalUnit))
        || id.equalsIgnoreCase(canonical(u.name, u.organizationalUnit))
        || id.equalsIgnoreCase(
            (u.organizationalUnit == null ? "" : u.organizationalUnit) + "/" + u.name)
        || (u.samAccountName != null && id.equalsIgnoreCase(netbios() + "\\" + u.samAccountName))) {
      return true;
    }
    Model.Mailbox m = u.mailbox != null ? u.mailbox : u.remoteMailbox;
    if (m != null) {
      if (id.equalsIgnoreCase(m.alias)) {
        return true;
      }
      for (String a : m.emailAddresses) {
        if (id.equalsIgnoreCase(ProxyAddresses.stripPrefix(a)) || id.equalsIgnoreCase(a)) {
          return true;
        }
      }
    }
    return false;
  }

  boolean groupMatches(Group g, String id) {
    if (id.equalsIgnoreCase(g.name)
        || id.equalsIgnoreCase(g.alias)
        || id.equalsIgnoreCase(g.guid)
        || id.equalsIgnoreCase(g.samAccountName)
        || id.equalsIgnoreCase(dn(g.name, g.organizationalUnit))
        || id.equalsIgnoreCase(canonical(g.name, g.organizationalUnit))
        || id.equalsIgnoreCase(
            (g.organizationalUnit == null ? "" : g.organizationalUnit) + "/" + g.name)
        || (g.samAccountName != null && id.equalsIgnoreCase(netbios() + "\\" + g.samAccountName))) {
      return true;
    }
    for (String a : g.emailAddresses) {
      if (id.equalsIgnoreCase(ProxyAddresses.stripPrefix(a)) || id.equalsIgnoreCase(a)) {
        return true;
      }
    }
    return false;
  }

  String identityOf(Invocation inv, String param) {
    Object v = inv.get(param);
    if (v instanceof PsObject p) {
      Object id = p.has("Identity") ? p.get("Identity") : p.get("Name");
      return id == null ? p.toString() : id.toString();
    }
    return v == null ? null : inv.string(param);
  }

  /** A user that must have a mailbox. */
  User mailboxUser(Invocation inv, String param) {
    String id = identityOf(inv, param);
    List<User> found = new ArrayList<>();
    for (User u : visibleUsers()) {
      if (u.mailbox != null && userMatches(u, id)) {
        found.add(u);
      }
    }
    return single(inv.command(), id, found);
  }

  /** A user with a remote mailbox (hybrid); users with a local mailbox are not found. */
  User remoteMailboxUser(Invocation inv, String param) {
    String id = identityOf(inv, param);
    List<User> found = new ArrayList<>();
    for (User u : visibleUsers()) {
      if (u.remoteMailbox != null && userMatches(u, id)) {
        found.add(u);
      }
    }
    return single(inv.command(), id, found);
  }

  User anyUser(Invocation inv, String param) {
    String id = identityOf(inv, param);
    List<User> found = new ArrayList<>();
    for (User u : visibleUsers()) {
      if (userMatches(u, id)) {
        found.add(u);
      }
    }
    return single(inv.command(), id, found);
  }

  <T> T single(String cmdlet, String id, List<T> found) {
    if (found.isEmpty()) {
      throw errors().notFound(cmdlet, id);
    }
    if (found.size() > 1) {
      throw errors().ambiguous(cmdlet, id);
    }
    return found.get(0);
  }

  /** A group Exchange can see; an AD-only group is "not found", as in the seed. */
  Group group(Invocation inv, String param) {
    String id = identityOf(inv, param);
    List<Group> found = new ArrayList<>();
    for (Group g : org.state().groups) {
      if (g.exchangeVisible && groupMatches(g, id)) {
        found.add(g);
      }
    }
    return single(inv.command(), id, found);
  }

  /** A recipient (mailbox user, remote mailbox or group) by identity, returned as its guid. */
  String recipientGuid(String cmdlet, String id) {
    List<String> found = new ArrayList<>();
    for (User u : visibleUsers()) {
      if ((u.mailbox != null || u.remoteMailbox != null) && userMatches(u, id)) {
        found.add(u.guid);
      }
    }
    for (Group g : org.state().groups) {
      if (g.exchangeVisible && groupMatches(g, id)) {
        found.add(g.guid);
      }
    }
    return single(cmdlet, id, found);
  }

  String displayOf(String guid) {
    for (User u : org.state().users) {
      if (u.guid.equals(guid)) {
        return u.name;
      }
    }
    for (Group g : org.state().groups) {
      if (g.guid.equals(guid)) {
        return g.name;
      }
    }
    return guid;
  }

  /**
   * How a recipient list (ModeratedBy, ManagedBy) prints a recipient. These properties hold
   * ADObjectIds; through a remote session Exchange Server serializes an ADObjectId as its canonical
   * name ({@code contoso.com/Users/Bob Smith}), while Exchange Online prints the recipient's Name
   * (docs/fidelity.md, recipient lists).
   */
  String listedAs(String guid) {
    for (User u : org.state().users) {
      if (u.guid.equals(guid)) {
        return version.isOnline() ? u.name : canonical(u.name, u.organizationalUnit);
      }
    }
    for (Group g : org.state().groups) {
      if (g.guid.equals(guid)) {
        return version.isOnline() ? g.name : canonical(g.name, g.organizationalUnit);
      }
    }
    return guid;
  }

  List<Object> displays(List<String> guids) {
    List<Object> out = new ArrayList<>();
    guids.forEach(g -> out.add(listedAs(g)));
    return out;
  }
}
