package io.exchangekit.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The property sets of Exchange Online's REST-backed reads (Get-EXOMailbox, Get-EXOCASMailbox,
 * Get-EXORecipient): which names {@code -PropertySets} accepts and which properties each named set
 * holds, as Microsoft's page "Property sets in Exchange Online PowerShell module cmdlets" lists
 * them ({@code exo-property-sets.json}, vendored beside this class with its source; provenance in
 * {@code NOTICE}). Without {@code -PropertySets} these cmdlets return the {@code Minimum} set;
 * {@code All} is every property of the object, and a property outside the named sets can be asked
 * for by name with {@code -Properties}. Names are matched case-insensitively. Immutable.
 */
public final class ExoPropertySets {

  /** Classpath location of the vendored property sets. */
  public static final String RESOURCE = "/io/exchangekit/catalog/exo-property-sets.json";

  /** The set every one of these cmdlets returns when no set is named. */
  public static final String MINIMUM = "Minimum";

  /** The set that stands for every property of the object. */
  public static final String ALL = "All";

  private static volatile ExoPropertySets cached;

  private final Map<String, Cmdlet> cmdlets;

  private record Cmdlet(
      String name, String typeName, List<String> enumerators, Map<String, List<String>> sets) {}

  private ExoPropertySets(Map<String, Cmdlet> cmdlets) {
    this.cmdlets = cmdlets;
  }

  /** The vendored property sets, loaded once and cached. */
  public static ExoPropertySets load() {
    ExoPropertySets s = cached;
    if (s == null) {
      synchronized (ExoPropertySets.class) {
        s = cached;
        if (s == null) {
          try (InputStream in = ExoPropertySets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("property sets resource not found: " + RESOURCE);
            }
            s = parse(new ObjectMapper().readTree(in));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
          }
          cached = s;
        }
      }
    }
    return s;
  }

  private static ExoPropertySets parse(JsonNode root) {
    Map<String, Cmdlet> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    root.path("cmdlets")
        .fields()
        .forEachRemaining(
            c -> {
              List<String> enumerators = new ArrayList<>();
              c.getValue().path("enumerators").forEach(n -> enumerators.add(n.asText()));
              Map<String, List<String>> sets = new LinkedHashMap<>();
              c.getValue()
                  .path("sets")
                  .fields()
                  .forEachRemaining(
                      set -> {
                        List<String> properties = new ArrayList<>();
                        set.getValue().forEach(p -> properties.add(p.asText()));
                        sets.put(set.getKey(), List.copyOf(properties));
                      });
              out.put(
                  c.getKey(),
                  new Cmdlet(
                      c.getKey(),
                      c.getValue().path("typeName").asText(),
                      List.copyOf(enumerators),
                      Collections.unmodifiableMap(sets)));
            });
    return new ExoPropertySets(Collections.unmodifiableMap(out));
  }

  /** The cmdlets that take {@code -PropertySets}, as Microsoft spells them. */
  public Set<String> cmdlets() {
    Set<String> names = new LinkedHashSet<>();
    cmdlets.values().forEach(c -> names.add(c.name()));
    return Collections.unmodifiableSet(names);
  }

  /** Whether {@code cmdlet} takes {@code -PropertySets}. */
  public boolean hasPropertySets(String cmdlet) {
    return cmdlets.containsKey(cmdlet);
  }

  /**
   * The names {@code -PropertySets} of {@code cmdlet} accepts, in the order the module's binding
   * error lists them ({@code All} first); empty for another cmdlet.
   */
  public List<String> enumerators(String cmdlet) {
    Cmdlet c = cmdlets.get(cmdlet);
    return c == null ? List.of() : c.enumerators();
  }

  /** The .NET type of the parameter's values, as the module's binding error names it. */
  public Optional<String> typeName(String cmdlet) {
    return Optional.ofNullable(cmdlets.get(cmdlet)).map(Cmdlet::typeName);
  }

  /** The enumerator as Microsoft spells it, when {@code cmdlet} accepts {@code name}. */
  public Optional<String> canonicalSet(String cmdlet, String name) {
    return enumerators(cmdlet).stream().filter(e -> e.equalsIgnoreCase(name)).findFirst();
  }

  /**
   * The properties of a named set (empty for {@code All}, which is the whole object, and for a set
   * the cmdlet does not have).
   */
  public List<String> properties(String cmdlet, String set) {
    Cmdlet c = cmdlets.get(cmdlet);
    if (c == null) {
      return List.of();
    }
    for (Map.Entry<String, List<String>> e : c.sets().entrySet()) {
      if (e.getKey().equalsIgnoreCase(set)) {
        return e.getValue();
      }
    }
    return List.of();
  }

  /** Every property some named set of {@code cmdlet} holds, each once, sorted (any case). */
  public Set<String> namedSetProperties(String cmdlet) {
    Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    Cmdlet c = cmdlets.get(cmdlet);
    if (c != null) {
      c.sets().values().forEach(out::addAll);
    }
    return Collections.unmodifiableSet(out);
  }

  /** Whether {@code property} is in the {@code Minimum} set of {@code cmdlet}. */
  public boolean inMinimum(String cmdlet, String property) {
    return properties(cmdlet, MINIMUM).stream().anyMatch(p -> p.equalsIgnoreCase(property));
  }
}
