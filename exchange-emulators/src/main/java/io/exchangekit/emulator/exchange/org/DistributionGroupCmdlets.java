package io.exchangekit.emulator.exchange.org;

import io.exchangekit.emulator.exchange.org.Model.Group;
import io.exchangekit.emulator.exchange.org.Model.State;
import io.exchangekit.emulator.exchange.org.Model.User;
import io.exchangekit.emulator.exchange.ps.CmdletHost.Invocation;
import io.exchangekit.emulator.exchange.ps.PsObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** Distribution groups and their members. */
final class DistributionGroupCmdlets extends CmdletFamily {

  DistributionGroupCmdlets(CmdletContext session) {
    super(session);
  }

  static List<EmulatedCmdlet> cmdlets() {
    return List.of(
        EmulatedCmdlet.exchange(
            "New-DistributionGroup",
            DistributionGroupCmdlets::new,
            DistributionGroupCmdlets::newGroup),
        EmulatedCmdlet.exchange(
            "Set-DistributionGroup",
            DistributionGroupCmdlets::new,
            DistributionGroupCmdlets::setGroup),
        EmulatedCmdlet.exchange(
            "Get-DistributionGroup",
            DistributionGroupCmdlets::new,
            DistributionGroupCmdlets::getGroups),
        EmulatedCmdlet.exchange(
                "Remove-DistributionGroup",
                DistributionGroupCmdlets::new,
                DistributionGroupCmdlets::removeGroup)
            .asDestructive(),
        EmulatedCmdlet.exchange(
            "Add-DistributionGroupMember",
            DistributionGroupCmdlets::new,
            DistributionGroupCmdlets::addMember),
        EmulatedCmdlet.exchange(
                "Remove-DistributionGroupMember",
                DistributionGroupCmdlets::new,
                DistributionGroupCmdlets::removeMember)
            .asDestructive(),
        EmulatedCmdlet.exchange(
            "Get-DistributionGroupMember",
            DistributionGroupCmdlets::new,
            DistributionGroupCmdlets::getMembers),
        EmulatedCmdlet.exchange(
                "Update-DistributionGroupMember",
                DistributionGroupCmdlets::new,
                DistributionGroupCmdlets::updateMembers)
            .asDestructive());
  }

  private List<Object> newGroup(Invocation inv) {
    State s = org.state();
    String cmd = inv.command();
    String name = inv.string("Name");
    if (name.length() > 64) {
      throw errors().tooLong(cmd, 64, name.length());
    }
    String ou = arguments.organisationalUnit(inv);
    Group g = new Group();
    g.guid = UUID.randomUUID().toString();
    uniqueness.checkNameFree(cmd, name, ou, g.guid);
    g.name = name;
    g.displayName = inv.has("DisplayName") ? inv.string("DisplayName") : name;
    g.alias =
        inv.has("Alias") ? inv.string("Alias") : name.replaceAll("[^A-Za-z0-9!#%*+\\-/=?^_~.]", "");
    uniqueness.checkAliasFree(cmd, g.alias, g.guid);
    g.samAccountName =
        version.isOnline()
            ? null
            : inv.has("SamAccountName") ? inv.string("SamAccountName") : g.alias;
    if (g.samAccountName != null) {
      uniqueness.checkSamFree(cmd, g.samAccountName, g.guid);
    }
    String primary =
        inv.has("PrimarySmtpAddress")
            ? arguments.smtp(inv, "PrimarySmtpAddress", inv.string("PrimarySmtpAddress"))
            : g.alias + "@" + s.acceptedDomains.get(0);
    uniqueness.checkProxyFree(cmd, primary, g.guid);
    g.emailAddresses.add("SMTP:" + primary);
    g.organizationalUnit = version.isOnline() ? null : ou;
    String type =
        arguments.enumValue(
            inv,
            "Type",
            "Microsoft.Exchange.Management.RecipientTasks.GroupType",
            "Distribution",
            "Security");
    g.type = type == null ? "Distribution" : type;
    applyGroupSettings(inv, g);
    if (inv.has("Members")) {
      g.members =
          arguments.multiValued(
              List.of(), inv.get("Members"), id -> recipients.recipientGuid(cmd, id));
    }
    if (inv.flag("CopyOwnerToMember")) {
      for (String m : g.managedBy) {
        if (!g.members.contains(m)) {
          g.members.add(m);
        }
      }
    }
    s.groups.add(g);
    org.changed();
    return List.of(views.groupObject(g));
  }

  private void applyGroupSettings(Invocation inv, Group g) {
    String cmd = inv.command();
    String join =
        arguments.enumValue(
            inv,
            "MemberJoinRestriction",
            "Microsoft.Exchange.Data.Directory.Recipient.MemberUpdateType",
            "Closed",
            "Open",
            "ApprovalRequired");
    if (join != null) {
      g.memberJoinRestriction = join;
    }
    String depart =
        arguments.enumValue(
            inv,
            "MemberDepartRestriction",
            "Microsoft.Exchange.Data.Directory.Recipient.MemberUpdateType",
            "Closed",
            "Open");
    if (depart != null) {
      g.memberDepartRestriction = depart;
    }
    if (inv.has("ManagedBy")) {
      g.managedBy =
          arguments.multiValued(
              g.managedBy, inv.get("ManagedBy"), id -> recipients.recipientGuid(cmd, id));
    }
    if (inv.has("ModeratedBy")) {
      g.moderatedBy =
          arguments.multiValued(
              g.moderatedBy, inv.get("ModeratedBy"), id -> recipients.recipientGuid(cmd, id));
    }
    if (inv.has("ModerationEnabled")) {
      g.moderationEnabled = inv.flag("ModerationEnabled");
    }
    if (inv.has("RequireSenderAuthenticationEnabled")) {
      g.requireSenderAuthenticationEnabled = inv.flag("RequireSenderAuthenticationEnabled");
    }
    if (inv.has("HiddenFromAddressListsEnabled")) {
      g.hiddenFromAddressListsEnabled = inv.flag("HiddenFromAddressListsEnabled");
    }
    if (inv.has("Notes")) {
      g.notes = inv.string("Notes");
    }
  }

  private List<Object> setGroup(Invocation inv) {
    Group g = recipients.group(inv, "Identity");
    String cmd = inv.command();
    if (inv.has("Name")) {
      uniqueness.checkNameFree(cmd, inv.string("Name"), g.organizationalUnit, g.guid);
      g.name = inv.string("Name");
    }
    if (inv.has("DisplayName")) {
      g.displayName = inv.string("DisplayName");
    }
    if (inv.has("Alias")) {
      uniqueness.checkAliasFree(cmd, inv.string("Alias"), g.guid);
      g.alias = inv.string("Alias");
    }
    if (inv.has("PrimarySmtpAddress")) {
      String addr = arguments.smtp(inv, "PrimarySmtpAddress", inv.string("PrimarySmtpAddress"));
      uniqueness.checkProxyFree(cmd, addr, g.guid);
      List<String> next = new ArrayList<>();
      next.add("SMTP:" + addr);
      for (String a : g.emailAddresses) {
        if (!ProxyAddresses.stripPrefix(a).equalsIgnoreCase(addr)) {
          next.add(a.startsWith("SMTP:") ? "smtp:" + ProxyAddresses.stripPrefix(a) : a);
        }
      }
      g.emailAddresses = next;
    }
    applyGroupSettings(inv, g);
    for (Map.Entry<String, Object> e : inv.parameters().entrySet()) {
      if (!Set.of(
              "Identity",
              "Name",
              "DisplayName",
              "Alias",
              "PrimarySmtpAddress",
              "MemberJoinRestriction",
              "MemberDepartRestriction",
              "ManagedBy",
              "ModeratedBy",
              "ModerationEnabled",
              "RequireSenderAuthenticationEnabled",
              "HiddenFromAddressListsEnabled",
              "Notes",
              "Confirm",
              "WhatIf",
              "BypassSecurityGroupManagerCheck")
          .contains(e.getKey())) {
        g.settings.put(e.getKey(), e.getValue() == null ? null : inv.string(e.getKey()));
      }
    }
    org.changed();
    return List.of();
  }

  private List<Object> getGroups(Invocation inv) {
    if (inv.has("Identity") && inv.get("Identity") != null) {
      return List.of(views.groupObject(recipients.group(inv, "Identity")));
    }
    Group t = new Group();
    t.guid = "";
    t.name = "";
    Predicate<PsObject> f = search.filter(inv, views.groupObject(t));
    List<Object> out = new ArrayList<>();
    for (Group g : org.state().groups) {
      if (g.exchangeVisible) {
        PsObject o = views.groupObject(g);
        if (f.test(o)
            && (inv.string("Anr") == null || RecipientSearch.anrMatches(inv.string("Anr"), g))
            && (!inv.has("OrganizationalUnit")
                || arguments.organisationalUnit(inv).equalsIgnoreCase(g.organizationalUnit))
            && (!inv.has("RecipientTypeDetails")
                || arguments.stringList(inv.get("RecipientTypeDetails")).stream()
                    .anyMatch(x -> x.equalsIgnoreCase((String) o.get("RecipientTypeDetails"))))) {
          out.add(o);
        }
      }
    }
    return search.limit(inv, search.sorted(inv, out));
  }

  private List<Object> removeGroup(Invocation inv) {
    Group g = recipients.group(inv, "Identity");
    org.state().groups.remove(g);
    org.changed();
    return List.of();
  }

  private List<Object> addMember(Invocation inv) {
    Group g = recipients.group(inv, "Identity");
    if (!inv.has("Member")) {
      return List.of();
    }
    String memberId = recipients.identityOf(inv, "Member");
    String guid = recipients.recipientGuid(inv.command(), memberId);
    if (g.members.contains(guid)) {
      throw errors().memberAlreadyExists(inv.command(), recipients.displayOf(guid), g.name);
    }
    g.members.add(guid);
    org.changed();
    return List.of();
  }

  private List<Object> removeMember(Invocation inv) {
    Group g = recipients.group(inv, "Identity");
    if (!inv.has("Member")) {
      return List.of();
    }
    String guid = recipients.recipientGuid(inv.command(), recipients.identityOf(inv, "Member"));
    if (!g.members.remove(guid)) {
      throw errors().memberNotFound(inv.command(), recipients.displayOf(guid), g.name);
    }
    org.changed();
    return List.of();
  }

  private List<Object> updateMembers(Invocation inv) {
    Group g = recipients.group(inv, "Identity");
    Object members = inv.get("Members");
    if (members instanceof PsObject h && h.kind() == PsObject.Kind.HASHTABLE) {
      // documented (OfficeDocs-Exchange #2349): @{Add=...} replaces the members
      g.members =
          arguments.multiValued(
              List.of(), h.get("Add"), id -> recipients.recipientGuid(inv.command(), id));
    } else {
      g.members =
          arguments.multiValued(
              List.of(), members, id -> recipients.recipientGuid(inv.command(), id));
    }
    org.changed();
    return List.of();
  }

  private List<Object> getMembers(Invocation inv) {
    Group g = recipients.group(inv, "Identity");
    List<Object> out = new ArrayList<>();
    for (String guid : g.members) {
      for (User u : org.state().users) {
        if (u.guid.equals(guid) && u.mailbox != null) {
          out.add(views.mailboxObject(u));
        }
      }
      for (Group sub : org.state().groups) {
        if (sub.guid.equals(guid)) {
          out.add(views.groupObject(sub));
        }
      }
    }
    return search.limit(inv, out);
  }
}
