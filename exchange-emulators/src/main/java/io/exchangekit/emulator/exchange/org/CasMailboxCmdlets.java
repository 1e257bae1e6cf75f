package io.exchangekit.emulator.exchange.org;

import io.exchangekit.emulator.exchange.org.Model.User;
import io.exchangekit.emulator.exchange.ps.CmdletHost.Invocation;
import java.util.List;
import java.util.Map;

/**
 * Client access settings of mailboxes: Get-CASMailbox, Set-CASMailbox (REST read: {@link
 * ExoReadCmdlets}).
 */
final class CasMailboxCmdlets extends CmdletFamily {

  CasMailboxCmdlets(CmdletContext session) {
    super(session);
  }

  static List<EmulatedCmdlet> cmdlets() {
    return List.of(
        EmulatedCmdlet.exchange(
            "Get-CASMailbox", CasMailboxCmdlets::new, CasMailboxCmdlets::getCasMailboxes),
        EmulatedCmdlet.exchange(
            "Set-CASMailbox", CasMailboxCmdlets::new, CasMailboxCmdlets::setCasMailbox));
  }

  private List<Object> getCasMailboxes(Invocation inv) {
    return search.getRecipients(inv, views::casObject, u -> true, false);
  }

  private List<Object> setCasMailbox(Invocation inv) {
    User u = recipients.mailboxUser(inv, "Identity");
    for (Map.Entry<String, Object> e : inv.parameters().entrySet()) {
      for (String p : Model.PROTOCOLS) {
        if (p.equalsIgnoreCase(e.getKey())) {
          u.mailbox.protocols.put(p, inv.flag(e.getKey()));
        }
      }
    }
    org.changed();
    return List.of();
  }
}
