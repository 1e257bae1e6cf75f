package io.exchangekit.emulator.exchange.org;

import io.exchangekit.emulator.exchange.ps.CmdletHost.Invocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Recipient reads: Get-Mailbox, Get-Recipient (the REST reads are {@link ExoReadCmdlets}), and the
 * reads of objects this organisation model has none of (mail users, remote mailboxes, contacts,
 * dynamic groups).
 */
final class RecipientQueryCmdlets extends CmdletFamily {

  RecipientQueryCmdlets(CmdletContext session) {
    super(session);
  }

  static List<EmulatedCmdlet> cmdlets() {
    List<EmulatedCmdlet> out = new ArrayList<>();
    for (String mailboxes : List.of("Get-Mailbox")) {
      out.add(
          EmulatedCmdlet.exchange(
              mailboxes, RecipientQueryCmdlets::new, RecipientQueryCmdlets::getMailboxes));
    }
    for (String recipients : List.of("Get-Recipient")) {
      out.add(
          EmulatedCmdlet.exchange(
              recipients, RecipientQueryCmdlets::new, RecipientQueryCmdlets::getRecipients));
    }
    for (String none :
        List.of(
            "Get-MailUser",
            "Get-RemoteMailbox",
            "Get-MailContact",
            "Get-Contact",
            "Get-DynamicDistributionGroup")) {
      out.add(
          EmulatedCmdlet.exchange(
              none, RecipientQueryCmdlets::new, RecipientQueryCmdlets::noneOfTheseObjects));
    }
    return List.copyOf(out);
  }

  private List<Object> getMailboxes(Invocation inv) {
    return search.getRecipients(inv, views::mailboxObject, u -> true, false);
  }

  private List<Object> getRecipients(Invocation inv) {
    return search.getRecipients(inv, views::mailboxObject, u -> true, true);
  }

  /**
   * A read of objects this organisation model has none of (mail users, remote mailboxes, contacts,
   * dynamic groups): the filter is still checked, an identity is not found.
   */
  private List<Object> noneOfTheseObjects(Invocation inv) {
    search.filter(inv, views.templateMailbox());
    if (inv.has("OrganizationalUnit")) {
      arguments.organisationalUnit(inv);
    }
    if (inv.has("Identity") && inv.get("Identity") != null) {
      throw errors().notFound(inv.command(), recipients.identityOf(inv, "Identity"));
    }
    return List.of();
  }
}
