package io.exchangekit.emulator.exchange.org;

import io.exchangekit.catalog.CmdletCatalog;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.ps.CmdletHost;
import io.exchangekit.emulator.exchange.ps.CommandMetadata;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cmdlets of one emulated session over an {@link Organisation}: the Exchange cmdlets (checked
 * against Microsoft's catalog for the session's version, available once the session is connected),
 * the session set-up commands (a credential given to New-PSSession or Connect-ExchangeOnline must
 * be a PSCredential) and, on-premises, Get-ExchangeServer (the server and its AdminDisplayVersion,
 * once connected) and the AD module's account cmdlets. The commands and their behaviour are
 * declared by family in {@link CmdletRegistry}; a catalog cmdlet no family declares exists with its
 * real parameters and fails as not emulated.
 */
public final class ExchangeCmdlets implements CmdletHost {

  /** Cmdlets that ask for confirmation unless {@code -Confirm:$false}. */
  public static final Set<String> DESTRUCTIVE = CmdletRegistry.EXCHANGE.destructive();

  /** The catalog cmdlets this emulator implements. */
  public static final Set<String> IMPLEMENTED = CmdletRegistry.EXCHANGE.implemented();

  /** The session set-up reads the server's version with it (on-premises only). */
  public static final String GET_EXCHANGE_SERVER = "Get-ExchangeServer";

  /** A command of this session: its metadata, and its declaration unless it is not emulated. */
  private record Command(
      CommandMetadata metadata, EmulatedCmdlet.Availability availability, EmulatedCmdlet cmdlet) {}

  private final Organisation org;
  private final ExchangeVersion version;
  private final CmdletCatalog catalog = CmdletCatalog.load();
  private final CmdletContext session;
  private final Map<String, Command> commands = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  public ExchangeCmdlets(Organisation org, ExchangeVersion version, boolean connected) {
    this(org, version, HostPlatform.WINDOWS, connected);
  }

  /** The commands of a session in a PowerShell host on {@code host}. */
  public ExchangeCmdlets(
      Organisation org, ExchangeVersion version, HostPlatform host, boolean connected) {
    this.org = Objects.requireNonNull(org, "'org' must not be null");
    this.version = Objects.requireNonNull(version, "'version' must not be null");
    this.session =
        new CmdletContext(
            org, version, Objects.requireNonNull(host, "'host' must not be null"), connected);
    for (String c : catalog.cmdletNames()) {
      boolean destructive =
          DESTRUCTIVE.contains(c) || c.startsWith("Remove-") || c.startsWith("Disable-");
      commands.put(
          c,
          new Command(
              CommandMetadata.fromCatalog(c, version, destructive),
              EmulatedCmdlet.Availability.EXCHANGE,
              null));
    }
    for (EmulatedCmdlet c : CmdletRegistry.EXCHANGE.offeredIn(version)) {
      commands.put(c.name(), new Command(c.metadata(version), c.availability(), c));
    }
  }

  public boolean connected() {
    return session.connected();
  }

  public ExchangeVersion version() {
    return version;
  }

  @Override
  public Optional<CommandMetadata> command(String name) {
    Command c = commands.get(name);
    if (c == null) {
      return Optional.empty();
    }
    String canonical = c.metadata().name();
    if (c.availability() == EmulatedCmdlet.Availability.EXCHANGE
        && (!session.connected()
            || (catalog.hasCmdlet(canonical)
                && !catalog.isCmdletApplicable(canonical, version.productName())))) {
      return Optional.empty();
    }
    return Optional.of(c.metadata());
  }

  @Override
  public List<Object> invoke(Invocation inv) {
    return org.locked(
        () -> {
          Command c = commands.get(inv.command());
          if (c == null || c.cmdlet() == null) {
            throw ExchangeErrors.notEmulated(inv.command(), IMPLEMENTED);
          }
          return c.cmdlet().handler().run(session, inv);
        });
  }
}
