package io.exchangekit.emulator.exchange.ps;

import io.exchangekit.catalog.CmdletCatalog;
import io.exchangekit.catalog.CmdletCatalog.Outcome;
import io.exchangekit.catalog.CmdletCatalog.Resolution;
import io.exchangekit.core.mode.ExchangeVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** What the parameter binder needs to know about one command. */
public interface CommandMetadata {

  /** The command name as its module spells it. */
  String name();

  /** The parameter's own name for a full name or alias in any case; empty if none. */
  Optional<String> parameter(String nameOrAlias);

  /** Every parameter name (for PowerShell's unambiguous-prefix matching). */
  List<String> parameterNames();

  boolean isSwitch(String parameter);

  /** The parameter's type name (e.g. {@code Boolean}, {@code SecureString}, {@code String[]}). */
  String type(String parameter);

  /** Positional parameters in position order. */
  List<String> positional();

  /** Parameter-set resolution for the bound parameter names. */
  Resolution resolve(Set<String> bound);

  /** Whether the command asks for confirmation unless {@code -Confirm:$false} is given. */
  boolean destructive();

  /**
   * Whether the command takes the common parameter {@code commonName} (e.g. {@code ErrorAction});
   * PowerShell's cmdlets take them all.
   */
  default boolean acceptsCommon(String commonName) {
    return true;
  }

  /** The mandatory parameters of a parameter set (they do not accept $null). */
  Set<String> mandatory(String parameterSet);

  /** Metadata of an Exchange cmdlet for {@code version}, from Microsoft's catalog. */
  static CommandMetadata fromCatalog(String cmdlet, ExchangeVersion version, boolean destructive) {
    return new CatalogCommand(CmdletCatalog.load(), cmdlet, version, destructive);
  }

  /** One parameter of a hand-described command. */
  record Param(String name, String type, int position, boolean mandatory, List<String> aliases) {
    public static Param of(String name, String type) {
      return new Param(name, type, -1, false, List.of());
    }

    public Param at(int pos) {
      return new Param(name, type, pos, mandatory, aliases);
    }

    public Param required() {
      return new Param(name, type, position, true, aliases);
    }

    public Param alias(String... a) {
      return new Param(name, type, position, mandatory, List.of(a));
    }
  }

  /** A command with a single parameter set, described by hand (session and AD commands). */
  static CommandMetadata simple(String name, boolean destructive, Param... params) {
    return new SimpleCommand(name, destructive, null, List.of(params));
  }

  /**
   * A hand-described command that takes only the common parameters named in {@code common}, for a
   * command whose real parameters are not known beyond those.
   */
  static CommandMetadata restricted(String name, Set<String> common, Param... params) {
    return new SimpleCommand(name, false, Set.copyOf(common), List.of(params));
  }

  /** Catalog-backed metadata; inapplicable parameters do not exist for the version. */
  final class CatalogCommand implements CommandMetadata {
    private final CmdletCatalog catalog;
    private final String name;
    private final ExchangeVersion version;
    private final boolean destructive;

    CatalogCommand(
        CmdletCatalog catalog, String name, ExchangeVersion version, boolean destructive) {
      this.catalog = catalog;
      this.name = catalog.canonicalCmdletName(name).orElseThrow();
      this.version = version;
      this.destructive = destructive;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Optional<String> parameter(String nameOrAlias) {
      return catalog
          .canonicalParameterName(name, nameOrAlias)
          .filter(p -> catalog.isApplicable(name, p, version.productName()));
    }

    @Override
    public List<String> parameterNames() {
      List<String> out = new ArrayList<>();
      for (String p : catalog.parameterNames(name)) {
        if (catalog.isApplicable(name, p, version.productName())) {
          out.add(p);
        }
      }
      return out;
    }

    @Override
    public boolean isSwitch(String parameter) {
      return catalog.isSwitch(name, parameter);
    }

    @Override
    public String type(String parameter) {
      return catalog.type(name, parameter);
    }

    @Override
    public List<String> positional() {
      Map<Integer, String> byPosition = new TreeMap<>();
      for (String set : catalog.parameterSets(name)) {
        for (String p : parameterNames()) {
          catalog.position(name, set, p).ifPresent(pos -> byPosition.putIfAbsent(pos, p));
        }
      }
      return List.copyOf(byPosition.values());
    }

    @Override
    public Resolution resolve(Set<String> bound) {
      return catalog.resolve(name, bound, version.productName());
    }

    @Override
    public boolean destructive() {
      return destructive;
    }

    @Override
    public Set<String> mandatory(String parameterSet) {
      return catalog.mandatoryParameters(name, parameterSet);
    }
  }

  /** Hand-described single-set metadata. */
  final class SimpleCommand implements CommandMetadata {
    private final String name;
    private final boolean destructive;
    private final Set<String> common;
    private final Map<String, Param> byName = new LinkedHashMap<>();

    SimpleCommand(String name, boolean destructive, Set<String> common, List<Param> params) {
      this.name = name;
      this.destructive = destructive;
      this.common = common;
      for (Param p : params) {
        byName.put(p.name().toLowerCase(Locale.ROOT), p);
        for (String a : p.aliases()) {
          byName.put(a.toLowerCase(Locale.ROOT), p);
        }
      }
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Optional<String> parameter(String nameOrAlias) {
      return Optional.ofNullable(byName.get(nameOrAlias.toLowerCase(Locale.ROOT))).map(Param::name);
    }

    @Override
    public List<String> parameterNames() {
      return byName.values().stream().map(Param::name).distinct().toList();
    }

    @Override
    public boolean isSwitch(String parameter) {
      Param p = byName.get(parameter.toLowerCase(Locale.ROOT));
      return p != null && p.type().equals("SwitchParameter");
    }

    @Override
    public String type(String parameter) {
      Param p = byName.get(parameter.toLowerCase(Locale.ROOT));
      return p == null ? null : p.type();
    }

    @Override
    public List<String> positional() {
      return byName.values().stream()
          .filter(p -> p.position() >= 0)
          .distinct()
          .sorted((a, b) -> Integer.compare(a.position(), b.position()))
          .map(Param::name)
          .toList();
    }

    @Override
    public Resolution resolve(Set<String> bound) {
      List<String> missing = new ArrayList<>();
      for (Param p : byName.values()) {
        if (p.mandatory() && !bound.contains(p.name()) && !missing.contains(p.name())) {
          missing.add(p.name());
        }
      }
      return missing.isEmpty()
          ? new Resolution(Outcome.RESOLVED, "__AllParameterSets", List.of(), List.of())
          : new Resolution(Outcome.MISSING_MANDATORY, "__AllParameterSets", missing, List.of());
    }

    @Override
    public boolean destructive() {
      return destructive;
    }

    @Override
    public boolean acceptsCommon(String commonName) {
      return common == null || common.contains(commonName);
    }

    @Override
    public Set<String> mandatory(String parameterSet) {
      Set<String> out = new java.util.LinkedHashSet<>();
      byName.values().stream().filter(Param::mandatory).forEach(p -> out.add(p.name()));
      return out;
    }
  }
}
