package io.exchangekit.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reader of Microsoft's Exchange cmdlet catalog ({@code exchange-cmdlets.json}, second edition,
 * vendored beside this class; provenance in {@code NOTICE}, fields in {@code
 * docs/exchange-cmdlets.md}): cmdlets, parameters, aliases, applicability per product and
 * parameter-set resolution. Names are matched case-insensitively, as PowerShell does.
 *
 * <p>A product is named as the catalog's "Applicable" lists name it: {@code Exchange Server 2010},
 * {@code Exchange Server 2013}, {@code Exchange Server 2016}, {@code Exchange Server 2019}, {@code
 * Exchange Server SE} or {@code Exchange Online} (see {@link #PRODUCTS}). Instances are immutable
 * and safe to share between threads.
 */
public final class CmdletCatalog {

  /** Classpath location of the vendored catalog. */
  public static final String RESOURCE = "/io/exchangekit/catalog/exchange-cmdlets.json";

  /** The product names the catalog's "Applicable" lists use, oldest first. */
  public static final List<String> PRODUCTS =
      List.of(
          "Exchange Server 2010",
          "Exchange Server 2013",
          "Exchange Server 2016",
          "Exchange Server 2019",
          "Exchange Server SE",
          "Exchange Online");

  private static volatile CmdletCatalog cached;

  private final Map<String, Cmdlet> cmdlets;

  private CmdletCatalog(Map<String, Cmdlet> cmdlets) {
    this.cmdlets = cmdlets;
  }

  /** The catalog read from the classpath, loaded once and cached. */
  public static CmdletCatalog load() {
    CmdletCatalog c = cached;
    if (c == null) {
      synchronized (CmdletCatalog.class) {
        c = cached;
        if (c == null) {
          try (InputStream in = CmdletCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("catalog resource not found: " + RESOURCE);
            }
            c = parse(new ObjectMapper().readTree(in));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
          }
          cached = c;
        }
      }
    }
    return c;
  }

  /** The cmdlet names as Microsoft spells them, in alphabetical order. */
  public Set<String> cmdletNames() {
    Set<String> names = new TreeSet<>();
    cmdlets.values().forEach(c -> names.add(c.name));
    return Collections.unmodifiableSet(names);
  }

  /** Whether the catalog lists the cmdlet (any case). */
  public boolean hasCmdlet(String cmdlet) {
    return cmdlet != null && cmdlets.containsKey(key(cmdlet));
  }

  /** The cmdlet name as Microsoft spells it. */
  public Optional<String> canonicalCmdletName(String cmdlet) {
    return Optional.ofNullable(cmdlet == null ? null : cmdlets.get(key(cmdlet))).map(c -> c.name);
  }

  /** Whether the cmdlet's page lists {@code product} among its products. */
  public boolean isCmdletApplicable(String cmdlet, String product) {
    Cmdlet c = cmdlet(cmdlet);
    return c != null && c.applicable.contains(product);
  }

  /** Whether {@code parameter} (a name or an alias such as {@code cf}) belongs to the cmdlet. */
  public boolean hasParameter(String cmdlet, String parameter) {
    return parameter(cmdlet, parameter) != null;
  }

  /** The parameter's own name for a name or alias, e.g. {@code Confirm} for {@code cf}. */
  public Optional<String> canonicalParameterName(String cmdlet, String parameter) {
    return Optional.ofNullable(parameter(cmdlet, parameter)).map(p -> p.name);
  }

  /** Every parameter name of the cmdlet (no aliases), in page order. */
  public List<String> parameterNames(String cmdlet) {
    Cmdlet c = cmdlet(cmdlet);
    if (c == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    c.parameters.values().forEach(p -> names.add(p.name));
    return List.copyOf(names);
  }

  /** Aliases of a parameter, e.g. {@code [cf]} for Confirm. */
  public List<String> aliases(String cmdlet, String parameter) {
    Param p = parameter(cmdlet, parameter);
    return p == null ? List.of() : p.aliases;
  }

  /**
   * Whether the parameter applies to {@code product}: its "Applicable" list names the product; an
   * undocumented parameter applies wherever its cmdlet does.
   */
  public boolean isApplicable(String cmdlet, String parameter, String product) {
    Cmdlet c = cmdlet(cmdlet);
    Param p = parameter(cmdlet, parameter);
    if (c == null || p == null) {
      return false;
    }
    List<String> products = p.applicable.isEmpty() ? c.applicable : p.applicable;
    return products.contains(product);
  }

  /** Whether the parameter is a switch (a {@code SwitchParameter}). */
  public boolean isSwitch(String cmdlet, String parameter) {
    Param p = parameter(cmdlet, parameter);
    return p != null && p.isSwitch;
  }

  /** The parameter's type as documented (e.g. {@code Boolean}, {@code SecureString}), or null. */
  public String type(String cmdlet, String parameter) {
    Param p = parameter(cmdlet, parameter);
    return p == null ? null : p.type;
  }

  /** The position of a positional parameter in {@code set}, if it has one. */
  public Optional<Integer> position(String cmdlet, String set, String parameter) {
    Cmdlet c = cmdlet(cmdlet);
    Param p = parameter(cmdlet, parameter);
    if (c == null || p == null || !c.sets.containsKey(set)) {
      return Optional.empty();
    }
    return Optional.ofNullable(c.sets.get(set).positional.get(p.name));
  }

  /** The parameter-set names of the cmdlet in page order. */
  public List<String> parameterSets(String cmdlet) {
    Cmdlet c = cmdlet(cmdlet);
    return c == null ? List.of() : List.copyOf(c.sets.keySet());
  }

  /** Mandatory (non-switch) parameters and required switches of a set. */
  public Set<String> mandatoryParameters(String cmdlet, String set) {
    Cmdlet c = cmdlet(cmdlet);
    if (c == null || !c.sets.containsKey(set)) {
      return Set.of();
    }
    Set<String> all = new LinkedHashSet<>(c.sets.get(set).mandatory);
    all.addAll(c.sets.get(set).requiredSwitches);
    return Collections.unmodifiableSet(all);
  }

  /**
   * Resolves the parameter set for the bound parameter names (names or aliases, any case), as
   * PowerShell's binder would with the catalog's syntax as the metadata. Empty when no set fits.
   */
  public Optional<String> resolveParameterSet(
      String cmdlet, Set<String> boundParameters, String product) {
    Resolution r = resolve(cmdlet, boundParameters, product);
    return r.outcome() == Outcome.RESOLVED ? Optional.of(r.parameterSet()) : Optional.empty();
  }

  /** What parameter-set resolution found. */
  public enum Outcome {
    /** One set fits. */
    RESOLVED,
    /** No set contains all bound parameters together, or several fit equally. */
    AMBIGUOUS,
    /** Exactly the sets that fit lack bound mandatory parameters; {@code missing} lists them. */
    MISSING_MANDATORY,
    /** A name is not a parameter of the cmdlet, or the cmdlet is unknown. */
    UNKNOWN_PARAMETER
  }

  /**
   * Result of {@link #resolve}: the chosen set, or why none was chosen. {@code missing} is filled
   * for {@link Outcome#MISSING_MANDATORY}, {@code unknown} for {@link Outcome#UNKNOWN_PARAMETER}.
   */
  public record Resolution(
      Outcome outcome, String parameterSet, List<String> missing, List<String> unknown) {
    public Resolution {
      Objects.requireNonNull(outcome, "'outcome' must not be null");
      missing = List.copyOf(missing);
      unknown = List.copyOf(unknown);
    }
  }

  /**
   * Parameter-set resolution following the catalog's "How to use": the syntax sets are
   * authoritative; only sets usable in {@code product} count; a set must contain every bound
   * parameter and its required switches must be bound; sets whose mandatory parameters are all
   * bound beat those that miss some; then a set selected by a bound switch, then a set with no
   * unbound likely selecting switch, then the default set (the one the page marks, else the set
   * named {@code Identity}, Exchange's usual default), then the set whose parameters best fit the
   * product. Remaining ties are ambiguous, except among sets that only a (heuristic) selecting
   * switch tells apart, where the first in page order wins.
   */
  public Resolution resolve(String cmdlet, Set<String> boundParameters, String product) {
    Cmdlet c = cmdlet(cmdlet);
    if (c == null) {
      return new Resolution(Outcome.UNKNOWN_PARAMETER, null, List.of(), List.of(cmdlet));
    }
    Set<String> bound = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String b : boundParameters) {
      Param p = parameter(cmdlet, b);
      if (p == null) {
        unknown.add(b);
      } else {
        bound.add(p.name);
      }
    }
    if (!unknown.isEmpty()) {
      return new Resolution(Outcome.UNKNOWN_PARAMETER, null, List.of(), unknown);
    }
    List<PSet> fitting = new ArrayList<>();
    for (PSet s : c.sets.values()) {
      if (usable(c, s, product)
          && s.all.containsAll(bound)
          && bound.containsAll(s.requiredSwitches)) {
        fitting.add(s);
      }
    }
    if (fitting.isEmpty()) {
      return new Resolution(Outcome.AMBIGUOUS, null, List.of(), List.of());
    }
    List<PSet> complete = new ArrayList<>();
    for (PSet s : fitting) {
      if (bound.containsAll(s.mandatory)) {
        complete.add(s);
      }
    }
    if (complete.isEmpty()) {
      List<PSet> selected = new ArrayList<>(fitting);
      selected.removeIf(s -> unboundLikelySelector(s, bound));
      if (selected.isEmpty()) {
        selected = fitting;
      }
      int fewest = selected.stream().mapToInt(s -> missingCount(s, bound)).min().orElse(0);
      selected.removeIf(s -> missingCount(s, bound) > fewest);
      if (selected.size() == 1) {
        fitting = selected;
        List<String> missing = new ArrayList<>(fitting.get(0).mandatory);
        missing.removeAll(bound);
        return new Resolution(Outcome.MISSING_MANDATORY, fitting.get(0).name, missing, List.of());
      }
      return new Resolution(Outcome.AMBIGUOUS, null, List.of(), List.of());
    }
    Comparator<PSet> preference =
        Comparator.<PSet>comparingInt(s -> -selectorsBound(s, bound))
            .thenComparingInt(s -> unboundLikelySelector(s, bound) ? 1 : 0)
            .thenComparingInt(s -> s.name.equals(c.effectiveDefaultSet()) ? 0 : 1)
            .thenComparingDouble(s -> -fitToVersion(c, s, product));
    complete.sort(preference);
    PSet best = complete.get(0);
    List<PSet> tied = new ArrayList<>();
    for (PSet s : complete) {
      if (preference.compare(s, best) == 0) {
        tied.add(s);
      }
    }
    if (tied.size() == 1 || tied.stream().allMatch(s -> unboundLikelySelector(s, bound))) {
      PSet first = c.sets.values().stream().filter(tied::contains).findFirst().orElse(best);
      return new Resolution(Outcome.RESOLVED, first.name, List.of(), List.of());
    }
    return new Resolution(Outcome.AMBIGUOUS, null, List.of(), List.of());
  }

  private static int missingCount(PSet s, Set<String> bound) {
    return (int) s.mandatory.stream().filter(m -> !bound.contains(m)).count();
  }

  private static int selectorsBound(PSet s, Set<String> bound) {
    int n = 0;
    for (String sw : s.requiredSwitches) {
      n += bound.contains(sw) ? 1 : 0;
    }
    for (String sw : s.likelySelectors) {
      n += bound.contains(sw) ? 1 : 0;
    }
    return n;
  }

  private static boolean unboundLikelySelector(PSet s, Set<String> bound) {
    return !s.likelySelectors.isEmpty() && s.likelySelectors.stream().noneMatch(bound::contains);
  }

  private boolean usable(Cmdlet c, PSet s, String product) {
    for (String m : s.mandatory) {
      if (!isApplicable(c.name, m, product)) {
        return false;
      }
    }
    for (String m : s.requiredSwitches) {
      if (!isApplicable(c.name, m, product)) {
        return false;
      }
    }
    for (String m : s.likelySelectors) {
      if (!isApplicable(c.name, m, product)) {
        return false;
      }
    }
    return true;
  }

  private double fitToVersion(Cmdlet c, PSet s, String product) {
    if (s.all.isEmpty()) {
      return 1.0;
    }
    int applicable = 0;
    for (String p : s.all) {
      applicable += isApplicable(c.name, p, product) ? 1 : 0;
    }
    return (double) applicable / s.all.size();
  }

  private Cmdlet cmdlet(String name) {
    return name == null ? null : cmdlets.get(key(name));
  }

  private Param parameter(String cmdlet, String parameter) {
    Cmdlet c = cmdlet(cmdlet);
    if (c == null || parameter == null) {
      return null;
    }
    String k = key(parameter.startsWith("-") ? parameter.substring(1) : parameter);
    Param p = c.parameters.get(k);
    return p != null ? p : c.aliases.get(k);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static CmdletCatalog parse(JsonNode root) {
    Map<String, Cmdlet> result = new LinkedHashMap<>();
    root.get("cmdlets")
        .fields()
        .forEachRemaining(
            e -> {
              Cmdlet c = new Cmdlet(e.getKey(), e.getValue());
              result.put(key(c.name), c);
            });
    return new CmdletCatalog(Collections.unmodifiableMap(result));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(n -> out.add(n.asText()));
    }
    return List.copyOf(out);
  }

  private static final class Cmdlet {
    final String name;
    final List<String> applicable;
    final String defaultSet;
    final Map<String, PSet> sets = new LinkedHashMap<>();
    final Map<String, Param> parameters = new LinkedHashMap<>();
    final Map<String, Param> aliases = new LinkedHashMap<>();

    /**
     * The default set the page marks; otherwise the set named Identity, which is what Exchange's
     * cmdlets declare as their default (an assumption, the pages rarely mark it).
     */
    String effectiveDefaultSet() {
      return defaultSet != null ? defaultSet : sets.containsKey("Identity") ? "Identity" : null;
    }

    Cmdlet(String name, JsonNode node) {
      this.name = name;
      this.applicable = strings(node.get("applicable"));
      JsonNode def = node.get("defaultParameterSet");
      this.defaultSet = def == null || def.isNull() ? null : def.asText();
      node.get("parameters")
          .fields()
          .forEachRemaining(
              e -> {
                Param p = new Param(e.getKey(), e.getValue());
                parameters.put(key(p.name), p);
              });
      for (Param p : parameters.values()) {
        for (String a : p.aliases) {
          aliases.putIfAbsent(key(a), p);
        }
      }
      List<String> order = strings(node.get("parameterSetOrder"));
      JsonNode setsNode = node.get("parameterSets");
      for (String set : order) {
        if (setsNode.has(set)) {
          sets.put(set, new PSet(set, setsNode.get(set)));
        }
      }
      setsNode
          .fields()
          .forEachRemaining(e -> sets.putIfAbsent(e.getKey(), new PSet(e.getKey(), e.getValue())));
    }
  }

  private static final class PSet {
    final String name;
    final List<String> mandatory;
    final List<String> requiredSwitches;
    final List<String> likelySelectors;
    final Set<String> all;
    final Map<String, Integer> positional = new LinkedHashMap<>();

    PSet(String name, JsonNode node) {
      this.name = name;
      this.mandatory = strings(node.get("mandatory"));
      this.requiredSwitches = strings(node.get("requiredSwitches"));
      this.likelySelectors = strings(node.get("likelySetSelectingSwitches"));
      this.all = new LinkedHashSet<>(strings(node.get("all")));
      JsonNode pos = node.get("positional");
      if (pos != null) {
        pos.fields().forEachRemaining(e -> positional.put(e.getKey(), e.getValue().asInt()));
      }
    }
  }

  private static final class Param {
    final String name;
    final String type;
    final boolean isSwitch;
    final List<String> applicable;
    final List<String> aliases;

    Param(String name, JsonNode node) {
      this.name = name;
      this.type = node.path("type").asText(null);
      this.isSwitch = node.path("isSwitch").asBoolean(false);
      this.applicable = strings(node.get("applicable"));
      this.aliases = strings(node.get("aliases"));
    }
  }
}
