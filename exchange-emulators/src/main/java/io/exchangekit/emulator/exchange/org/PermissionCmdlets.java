package io.exchangekit.emulator.exchange.org;

import io.exchangekit.emulator.exchange.org.Model.Ace;
import io.exchangekit.emulator.exchange.org.Model.Group;
import io.exchangekit.emulator.exchange.org.Model.User;
import io.exchangekit.emulator.exchange.ps.CmdletHost.Invocation;
import io.exchangekit.emulator.exchange.ps.PsObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Mailbox access: Add-, Remove- and Get-MailboxPermission (every version), Add-, Remove- and
 * Get-ADPermission (on-premises; the catalog has them for Exchange Server only) and Add-, Remove-
 * and Get-RecipientPermission (Exchange Online only). Delegates are security principals: users with
 * or without a mailbox and security groups. Entries print as the real cmdlets print them: the
 * trustee as {@code DOMAIN\sam} on-premises and as a UPN online, AccessRights as one flags text
 * ({@code "FullAccess, ReadPermission"}), and the default entries a new mailbox has (NT
 * AUTHORITY\SELF, inherited entries) beside the explicit ones. Only the rights ExchangeKit manages
 * are modelled: mailbox rights, the Send-As extended right and the SendAs recipient right.
 */
final class PermissionCmdlets extends CmdletFamily {

  private static final List<String> MAILBOX_RIGHTS =
      List.of(
          "ChangeOwner",
          "ChangePermission",
          "DeleteItem",
          "ExternalAccount",
          "FullAccess",
          "ReadPermission");

  private static final String SELF = "NT AUTHORITY\\SELF";

  PermissionCmdlets(CmdletContext session) {
    super(session);
  }

  static List<EmulatedCmdlet> cmdlets() {
    return List.of(
        EmulatedCmdlet.exchange(
            "Add-MailboxPermission", PermissionCmdlets::new, PermissionCmdlets::addMailbox),
        EmulatedCmdlet.exchange(
                "Remove-MailboxPermission",
                PermissionCmdlets::new,
                PermissionCmdlets::removeMailbox)
            .asDestructive(),
        EmulatedCmdlet.exchange(
            "Get-MailboxPermission", PermissionCmdlets::new, PermissionCmdlets::getMailbox),
        EmulatedCmdlet.exchange(
            "Add-ADPermission", PermissionCmdlets::new, PermissionCmdlets::addAd),
        EmulatedCmdlet.exchange(
                "Remove-ADPermission", PermissionCmdlets::new, PermissionCmdlets::removeAd)
            .asDestructive(),
        EmulatedCmdlet.exchange(
            "Get-ADPermission", PermissionCmdlets::new, PermissionCmdlets::getAd),
        // Add-RecipientPermission asks for confirmation, unlike the other Add- cmdlets
        EmulatedCmdlet.exchange(
                "Add-RecipientPermission", PermissionCmdlets::new, PermissionCmdlets::addRecipient)
            .asDestructive(),
        EmulatedCmdlet.exchange(
                "Remove-RecipientPermission",
                PermissionCmdlets::new,
                PermissionCmdlets::removeRecipient)
            .asDestructive(),
        EmulatedCmdlet.exchange(
            "Get-RecipientPermission", PermissionCmdlets::new, PermissionCmdlets::getRecipient));
  }

  // ---------------------------------------------------------------- mailbox permissions

  private List<Object> addMailbox(Invocation inv) {
    requireRightsSet(inv);
    User mailbox = recipients.mailboxUser(inv, "Identity");
    String trustee = principal(inv.command(), recipients.identityOf(inv, "User"));
    List<String> rights = mailboxRights(inv);
    boolean deny = inv.flag("Deny");
    Ace ace = entryOf(mailbox, trustee, deny);
    if (ace != null && ace.accessRights.containsAll(rights)) {
      inv.warn(ExchangeErrors.aceAlreadyPresent(objectName(mailbox), printed(trustee)));
      return List.of(mailboxAce(mailbox, printed(trustee), ace.accessRights, false, deny));
    }
    if (ace == null) {
      ace = new Ace();
      ace.trustee = trustee;
      ace.deny = deny;
      mailbox.mailbox.permissions.add(ace);
    }
    for (String r : rights) {
      if (!ace.accessRights.contains(r)) {
        ace.accessRights.add(r);
      }
    }
    if (inv.has("AutoMapping")) {
      ace.autoMapping = inv.flag("AutoMapping");
    }
    org.changed();
    return List.of(mailboxAce(mailbox, printed(trustee), ace.accessRights, false, deny));
  }

  private List<Object> removeMailbox(Invocation inv) {
    requireRightsSet(inv);
    User mailbox = recipients.mailboxUser(inv, "Identity");
    String trustee = principal(inv.command(), recipients.identityOf(inv, "User"));
    List<String> rights = mailboxRights(inv);
    Ace ace = entryOf(mailbox, trustee, inv.flag("Deny"));
    if (ace == null || ace.accessRights.stream().noneMatch(rights::contains)) {
      inv.warn(ExchangeErrors.aceMissing(objectName(mailbox), printed(trustee)));
      return List.of();
    }
    ace.accessRights.removeAll(rights);
    if (ace.accessRights.isEmpty()) {
      mailbox.mailbox.permissions.remove(ace);
    }
    org.changed();
    return List.of();
  }

  private List<Object> getMailbox(Invocation inv) {
    User mailbox = recipients.mailboxUser(inv, "Identity");
    String only =
        inv.has("User") ? principal(inv.command(), recipients.identityOf(inv, "User")) : null;
    List<Object> out = new ArrayList<>();
    if (only == null) {
      out.add(mailboxAce(mailbox, SELF, List.of("FullAccess", "ReadPermission"), false, false));
      if (version.isOnPremises()) {
        // assumption: a selection of the inherited entries a new on-premises mailbox shows
        String domain = recipients.netbios();
        out.add(mailboxAce(mailbox, domain + "\\Domain Admins", List.of("FullAccess"), true, true));
        out.add(
            mailboxAce(mailbox, domain + "\\Exchange Servers", List.of("FullAccess"), true, false));
        out.add(mailboxAce(mailbox, "NT AUTHORITY\\SYSTEM", List.of("FullAccess"), true, false));
      }
    }
    for (Ace ace : mailbox.mailbox.permissions) {
      if (only == null || only.equals(ace.trustee)) {
        out.add(mailboxAce(mailbox, printed(ace.trustee), ace.accessRights, false, ace.deny));
      }
    }
    return out;
  }

  private PsObject mailboxAce(
      User mailbox, String user, List<String> rights, boolean inherited, boolean deny) {
    return PsObject.exchange(
            "Deserialized.Microsoft.Exchange.Management.RecipientTasks.MailboxAcePresentationObject",
            user)
        .put("Identity", identityOf(mailbox))
        .put("User", user)
        .put("AccessRights", flags(rights))
        .put("IsInherited", inherited)
        .put("Deny", deny)
        .put("InheritanceType", "All");
  }

  private Ace entryOf(User mailbox, String trustee, boolean deny) {
    for (Ace ace : mailbox.mailbox.permissions) {
      if (ace.trustee.equals(trustee) && ace.deny == deny) {
        return ace;
      }
    }
    return null;
  }

  private List<String> mailboxRights(Invocation inv) {
    List<String> out = new ArrayList<>();
    for (String r : arguments.stringList(inv.get("AccessRights"))) {
      for (String part : r.split(",")) {
        String name = part.strip();
        String known =
            MAILBOX_RIGHTS.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(null);
        if (known == null) {
          throw ExchangeErrors.notEnumerator(
              inv.command(),
              "AccessRights",
              name,
              "Microsoft.Exchange.Management.RecipientTasks.MailboxRights[]",
              MAILBOX_RIGHTS.toArray(String[]::new));
        }
        out.add(known);
      }
    }
    return out;
  }

  /** The Owner and Instance sets change owners or pipe entries: not modelled. */
  private void requireRightsSet(Invocation inv) {
    if (inv.has("Owner") || inv.has("Instance")) {
      throw ExchangeErrors.notEmulatedParameter(
          inv.command(), inv.has("Owner") ? "Owner" : "Instance");
    }
  }

  // ---------------------------------------------------------------- AD permissions (Send-As)

  private List<Object> addAd(Invocation inv) {
    requireRightsSet(inv);
    User object = adObject(inv);
    String trustee = principal(inv.command(), recipients.identityOf(inv, "User"));
    requireSendAs(inv);
    if (object.mailbox != null && object.mailbox.sendAs.contains(trustee)) {
      inv.warn(ExchangeErrors.aceAlreadyPresent(objectName(object), printed(trustee)));
      return List.of(adAce(object, printed(trustee), "Send-As", false));
    }
    requireMailbox(inv, object);
    object.mailbox.sendAs.add(trustee);
    org.changed();
    return List.of(adAce(object, printed(trustee), "Send-As", false));
  }

  private List<Object> removeAd(Invocation inv) {
    requireRightsSet(inv);
    User object = adObject(inv);
    String trustee = principal(inv.command(), recipients.identityOf(inv, "User"));
    requireSendAs(inv);
    if (object.mailbox == null || !object.mailbox.sendAs.remove(trustee)) {
      inv.warn(ExchangeErrors.aceMissing(objectName(object), printed(trustee)));
      return List.of();
    }
    org.changed();
    return List.of();
  }

  private List<Object> getAd(Invocation inv) {
    if (inv.flag("Owner")) {
      throw ExchangeErrors.notEmulatedParameter(inv.command(), "Owner");
    }
    User object = adObject(inv);
    String only =
        inv.has("User") ? principal(inv.command(), recipients.identityOf(inv, "User")) : null;
    List<Object> out = new ArrayList<>();
    if (only == null) {
      out.add(adAce(object, SELF, "Send-As", false));
      out.add(adAce(object, SELF, "Receive-As", false));
      // assumption: an inherited Send-As entry stands for the many inherited ones AD shows
      out.add(adAce(object, recipients.netbios() + "\\Exchange Servers", "Send-As", true));
    }
    if (object.mailbox != null) {
      for (String t : object.mailbox.sendAs) {
        if (only == null || only.equals(t)) {
          out.add(adAce(object, printed(t), "Send-As", false));
        }
      }
    }
    return out;
  }

  private PsObject adAce(User object, String user, String right, boolean inherited) {
    return PsObject.exchange(
            "Deserialized.Microsoft.Exchange.Management.RecipientTasks.ADAcePresentationObject",
            user)
        .put("Identity", recipients.dn(object.name, object.organizationalUnit))
        .put("User", user)
        .put("AccessRights", new ArrayList<Object>(List.of("ExtendedRight")))
        .put("ExtendedRights", new ArrayList<Object>(List.of(right)))
        .put("IsInherited", inherited)
        .put("Deny", false)
        .put("InheritanceType", "All");
  }

  /** ADRawEntryIdParameter: an AD object by name, distinguished or canonical name, or GUID. */
  private User adObject(Invocation inv) {
    String id = recipients.identityOf(inv, "Identity");
    List<User> found = new ArrayList<>();
    for (User u : recipients.visibleUsers()) {
      if (id.equalsIgnoreCase(u.name)
          || id.equalsIgnoreCase(u.guid)
          || id.equalsIgnoreCase(recipients.dn(u.name, u.organizationalUnit))
          || id.equalsIgnoreCase(
              (u.organizationalUnit == null ? "" : u.organizationalUnit) + "/" + u.name)) {
        found.add(u);
      }
    }
    return recipients.single(inv.command(), id, found);
  }

  private void requireSendAs(Invocation inv) {
    List<String> rights = arguments.stringList(inv.get("ExtendedRights"));
    boolean sendAs =
        rights.size() == 1
            && (rights.get(0).equalsIgnoreCase("Send-As")
                || rights.get(0).equalsIgnoreCase("Send As"));
    if (!sendAs || inv.has("AccessRights")) {
      throw ExchangeErrors.notEmulatedParameter(
          inv.command(), sendAs ? "AccessRights" : "ExtendedRights other than Send-As");
    }
  }

  private void requireMailbox(Invocation inv, User object) {
    if (object.mailbox == null) {
      throw ExchangeErrors.notEmulatedParameter(
          inv.command(), "Identity of a user without a mailbox");
    }
  }

  // ---------------------------------------------------------------- recipient permissions

  private List<Object> addRecipient(Invocation inv) {
    User mailbox = recipients.mailboxUser(inv, "Identity");
    String trustee = principal(inv.command(), recipients.identityOf(inv, "Trustee"));
    requireSendAsRight(inv);
    if (mailbox.mailbox.sendAs.contains(trustee)) {
      inv.warn(ExchangeErrors.aceAlreadyPresent(objectName(mailbox), printed(trustee)));
    } else {
      mailbox.mailbox.sendAs.add(trustee);
      org.changed();
    }
    return List.of(recipientAce(mailbox, printed(trustee), false));
  }

  private List<Object> removeRecipient(Invocation inv) {
    User mailbox = recipients.mailboxUser(inv, "Identity");
    String trustee = principal(inv.command(), recipients.identityOf(inv, "Trustee"));
    requireSendAsRight(inv);
    if (!mailbox.mailbox.sendAs.remove(trustee)) {
      inv.warn(ExchangeErrors.aceMissing(objectName(mailbox), printed(trustee)));
      return List.of();
    }
    org.changed();
    return List.of();
  }

  private List<Object> getRecipient(Invocation inv) {
    List<User> mailboxes = new ArrayList<>();
    if (inv.has("Identity")) {
      mailboxes.add(recipients.mailboxUser(inv, "Identity"));
    } else {
      recipients.visibleUsers().stream().filter(u -> u.mailbox != null).forEach(mailboxes::add);
    }
    if (inv.has("AccessRights")) {
      requireSendAsRight(inv);
    }
    String only =
        inv.has("Trustee") ? principal(inv.command(), recipients.identityOf(inv, "Trustee")) : null;
    List<Object> out = new ArrayList<>();
    for (User mailbox : mailboxes) {
      if (only == null) {
        out.add(recipientAce(mailbox, SELF, false));
      }
      for (String t : mailbox.mailbox.sendAs) {
        if (only == null || only.equals(t)) {
          out.add(recipientAce(mailbox, printed(t), false));
        }
      }
    }
    return out;
  }

  private PsObject recipientAce(User mailbox, String trustee, boolean inherited) {
    return PsObject.exchange(
            "Deserialized.Microsoft.Exchange.Management.RecipientTasks.RecipientPermission",
            trustee)
        .put("Identity", mailbox.name)
        .put("Trustee", trustee)
        .put("AccessControlType", "Allow")
        .put("AccessRights", new ArrayList<Object>(List.of("SendAs")))
        .put("IsInherited", inherited)
        .put("InheritanceType", "None");
  }

  private void requireSendAsRight(Invocation inv) {
    for (String r : arguments.stringList(inv.get("AccessRights"))) {
      if (!r.equalsIgnoreCase("SendAs")) {
        throw ExchangeErrors.notEnumerator(
            inv.command(),
            "AccessRights",
            r,
            "Microsoft.Exchange.Management.RecipientTasks.RecipientAccessRight[]",
            "SendAs");
      }
    }
  }

  // ---------------------------------------------------------------- principals

  /**
   * SecurityPrincipalIdParameter: on-premises any AD user (with or without a mailbox), online a
   * mailbox user; or a security group; by any of its names; its guid.
   */
  private String principal(String cmdlet, String id) {
    List<String> found = new ArrayList<>();
    for (User u : recipients.visibleUsers()) {
      // Exchange Online sees only recipients: a cloud user without a mailbox is not found
      if ((u.mailbox != null || version.isOnPremises()) && recipients.userMatches(u, id)) {
        found.add(u.guid);
      }
    }
    for (Group g : org.state().groups) {
      if (g.exchangeVisible && "Security".equals(g.type) && recipients.groupMatches(g, id)) {
        found.add(g.guid);
      }
    }
    return recipients.single(cmdlet, id, new ArrayList<>(new LinkedHashSet<>(found)));
  }

  /**
   * How a permission cmdlet prints a trustee: DOMAIN\sam on-premises, the UPN (a group's name)
   * online; a principal that no longer exists prints as its orphaned SID.
   */
  private String printed(String guid) {
    for (User u : org.state().users) {
      if (u.guid.equals(guid)) {
        if (version.isOnline()) {
          return u.userPrincipalName != null ? u.userPrincipalName : u.name;
        }
        return recipients.netbios() + "\\" + (u.samAccountName != null ? u.samAccountName : u.name);
      }
    }
    for (Group g : org.state().groups) {
      if (g.guid.equals(guid)) {
        return version.isOnline() || g.samAccountName == null
            ? g.name
            : recipients.netbios() + "\\" + g.samAccountName;
      }
    }
    return orphanSid(guid);
  }

  static String orphanSid(String guid) {
    UUID u = UUID.nameUUIDFromBytes(guid.getBytes(StandardCharsets.UTF_8));
    return "S-1-5-21-"
        + Long.toUnsignedString(u.getMostSignificantBits() >>> 33)
        + "-"
        + Long.toUnsignedString(u.getLeastSignificantBits() >>> 33)
        + "-1"
        + (Math.abs(guid.hashCode()) % 1000);
  }

  private String identityOf(User mailbox) {
    return version.isOnline()
        ? mailbox.name
        : (mailbox.organizationalUnit == null ? "" : mailbox.organizationalUnit)
            + "/"
            + mailbox.name;
  }

  private String objectName(User mailbox) {
    return version.isOnline()
        ? mailbox.name
        : recipients.dn(mailbox.name, mailbox.organizationalUnit);
  }

  /** A deserialized flags value: one text such as {@code "FullAccess, ReadPermission"}. */
  private static List<Object> flags(List<String> rights) {
    Set<String> ordered = new LinkedHashSet<>();
    for (String known : MAILBOX_RIGHTS) {
      if (rights.stream()
          .anyMatch(r -> r.toLowerCase(Locale.ROOT).equals(known.toLowerCase(Locale.ROOT)))) {
        ordered.add(known);
      }
    }
    List<Object> out = new ArrayList<>();
    out.add(String.join(", ", ordered));
    return out;
  }
}
