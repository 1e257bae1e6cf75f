package io.exchangekit.emulator.exchange.org;

import io.exchangekit.core.mode.ExchangeVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The commands the Exchange emulator models, by family. Each family class declares its commands
 * (metadata and behaviour together, see {@link EmulatedCmdlet}); the registry checks that a name is
 * declared once per version and derives what other code used to list by hand: the implemented
 * catalog cmdlets and the ones that ask for confirmation.
 */
final class CmdletRegistry {

  /** The emulator's families; a new family adds its declaration here. */
  static final CmdletRegistry EXCHANGE =
      of(
          SessionCmdlets.cmdlets(),
          UserCmdlets.cmdlets(),
          MailboxCmdlets.cmdlets(),
          CasMailboxCmdlets.cmdlets(),
          RecipientQueryCmdlets.cmdlets(),
          ExoReadCmdlets.cmdlets(),
          DistributionGroupCmdlets.cmdlets());

  private final List<EmulatedCmdlet> cmdlets;

  private CmdletRegistry(List<EmulatedCmdlet> cmdlets) {
    this.cmdlets = List.copyOf(cmdlets);
  }

  @SafeVarargs
  static CmdletRegistry of(List<EmulatedCmdlet>... families) {
    List<EmulatedCmdlet> all = new ArrayList<>();
    for (List<EmulatedCmdlet> family : families) {
      for (EmulatedCmdlet c : family) {
        for (EmulatedCmdlet other : all) {
          if (other.name().equalsIgnoreCase(c.name()) && overlap(other, c)) {
            throw new IllegalStateException(c.name() + " is declared twice for the same versions");
          }
        }
        String lower = c.name().toLowerCase(Locale.ROOT);
        if (c.catalogBound()
            && !c.destructive()
            && (lower.startsWith("remove-") || lower.startsWith("disable-"))) {
          // the catalog metadata of any other Remove-/Disable- cmdlet asks for confirmation too
          throw new IllegalStateException(c.name() + " must be declared destructive");
        }
        all.add(c);
      }
    }
    return new CmdletRegistry(all);
  }

  private static boolean overlap(EmulatedCmdlet a, EmulatedCmdlet b) {
    for (ExchangeVersion v : ExchangeVersion.values()) {
      if (a.scope().includes(v) && b.scope().includes(v)) {
        return true;
      }
    }
    return false;
  }

  /** The commands a session of {@code version} offers (before availability is applied). */
  List<EmulatedCmdlet> offeredIn(ExchangeVersion version) {
    List<EmulatedCmdlet> out = new ArrayList<>();
    for (EmulatedCmdlet c : cmdlets) {
      if (c.scope().includes(version)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The catalog cmdlets the emulator implements (the Exchange cmdlets proper), sorted. */
  Set<String> implemented() {
    Set<String> out = new TreeSet<>();
    for (EmulatedCmdlet c : cmdlets) {
      if (c.catalogBound() && c.availability() == EmulatedCmdlet.Availability.EXCHANGE) {
        out.add(c.name());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The declared commands that ask for confirmation. */
  Set<String> destructive() {
    Set<String> out = new TreeSet<>();
    for (EmulatedCmdlet c : cmdlets) {
      if (c.destructive()) {
        out.add(c.name());
      }
    }
    return Collections.unmodifiableSet(out);
  }
}
