package io.exchangekit.emulator.exchange.org;

import io.exchangekit.emulator.exchange.org.EmulatedCmdlet.Scope;
import io.exchangekit.emulator.exchange.org.Model.State;
import io.exchangekit.emulator.exchange.org.Model.User;
import io.exchangekit.emulator.exchange.ps.CmdletHost.Invocation;
import io.exchangekit.emulator.exchange.ps.CommandMetadata.Param;
import io.exchangekit.emulator.exchange.ps.PsObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Users: Get-User and Set-User, and on-premises the AD module's Enable- and Disable-ADAccount. */
final class UserCmdlets extends CmdletFamily {

  UserCmdlets(CmdletContext session) {
    super(session);
  }

  static List<EmulatedCmdlet> cmdlets() {
    List<EmulatedCmdlet> out = new ArrayList<>();
    out.add(EmulatedCmdlet.exchange("Get-User", UserCmdlets::new, UserCmdlets::getUsers));
    out.add(EmulatedCmdlet.exchange("Set-User", UserCmdlets::new, UserCmdlets::setUser));
    for (boolean enable : new boolean[] {false, true}) {
      out.add(
          EmulatedCmdlet.setUp(
              enable ? "Enable-ADAccount" : "Disable-ADAccount",
              Scope.ON_PREMISES,
              UserCmdlets::new,
              (users, inv) -> users.adAccount(inv, enable),
              Param.of("Identity", "ADAccount").at(0).required(),
              Param.of("Server", "String"),
              Param.of("Credential", "PSCredential"),
              Param.of("PassThru", "SwitchParameter"),
              Param.of("Confirm", "SwitchParameter").alias("cf"),
              Param.of("WhatIf", "SwitchParameter").alias("wi")));
    }
    return List.copyOf(out);
  }

  private List<Object> getUsers(Invocation inv) {
    if (inv.has("Identity") && inv.get("Identity") != null) {
      return List.of(views.userObject(recipients.anyUser(inv, "Identity")));
    }
    User t = new User();
    t.guid = "";
    t.name = "";
    Predicate<PsObject> f = search.filter(inv, views.userObject(t));
    Set<String> types = new LinkedHashSet<>(arguments.stringList(inv.get("RecipientTypeDetails")));
    List<Object> out = new ArrayList<>();
    for (User u : recipients.visibleUsers()) {
      PsObject o = views.userObject(u);
      if (f.test(o)
          && (types.isEmpty()
              || types.stream()
                  .anyMatch(x -> x.equalsIgnoreCase(RecipientViews.recipientTypeDetails(u))))
          && (inv.string("Anr") == null || RecipientSearch.anrMatches(inv.string("Anr"), u))
          && (!inv.has("OrganizationalUnit")
              || arguments.organisationalUnit(inv).equalsIgnoreCase(u.organizationalUnit))) {
        out.add(o);
      }
    }
    return search.limit(inv, search.sorted(inv, out));
  }

  private List<Object> setUser(Invocation inv) {
    User u = recipients.anyUser(inv, "Identity");
    String cmd = inv.command();
    for (Map.Entry<String, Object> e : inv.parameters().entrySet()) {
      String p = e.getKey();
      switch (p) {
        case "Identity",
            "Confirm",
            "WhatIf",
            "Force",
            "DomainController",
            "IgnoreDefaultScope" -> {}
        case "FirstName" -> u.firstName = inv.string(p);
        case "LastName" -> u.lastName = inv.string(p);
        case "Initials" -> {
          String i = inv.string(p);
          if (i != null && i.length() > 6) {
            throw errors().tooLong(cmd, 6, i.length());
          }
          u.initials = i;
        }
        case "DisplayName" -> u.displayName = inv.string(p);
        case "Name" -> {
          uniqueness.checkNameFree(cmd, inv.string(p), u.organizationalUnit, u.guid);
          u.name = inv.string(p);
        }
        case "UserPrincipalName" -> {
          uniqueness.checkUpnFree(cmd, inv.string(p), u.guid);
          u.userPrincipalName = inv.string(p);
        }
        case "SamAccountName" -> {
          uniqueness.checkSamFree(cmd, inv.string(p), u.guid);
          u.samAccountName = inv.string(p);
        }
        case "ResetPasswordOnNextLogon" -> u.resetPasswordOnNextLogon = inv.flag(p);
        case "WindowsEmailAddress" -> {
          String addr = arguments.smtp(inv, p, inv.string(p));
          if (u.mailbox != null) {
            if (!u.mailbox.emailAddressPolicyEnabled) {
              uniqueness.checkProxyFree(cmd, addr, u.guid);
              ProxyAddresses.setPrimary(u.mailbox, addr);
            }
          } else {
            u.attributes.put(p, addr);
          }
        }
        default -> u.attributes.put(p, e.getValue() == null ? null : inv.string(p));
      }
    }
    org.changed();
    return List.of();
  }

  private List<Object> adAccount(Invocation inv, boolean enable) {
    String id = inv.string("Identity");
    State s = org.state();
    String base = "DC=" + String.join(",DC=", s.acceptedDomains.get(0).split("\\."));
    User found = null;
    for (User u : s.users) {
      // Get-ADUser identities: DN, GUID, SID or SamAccountName (a UPN is not one)
      if (!u.cloud
          && (id.equalsIgnoreCase(u.samAccountName)
              || id.equalsIgnoreCase(u.guid)
              || id.equalsIgnoreCase(recipients.dn(u.name, u.organizationalUnit)))) {
        found = u;
      }
    }
    if (found == null) {
      throw ExchangeErrors.adIdentityNotFound(inv.command(), id, base);
    }
    found.enabled = enable;
    org.changed();
    return List.of();
  }
}
