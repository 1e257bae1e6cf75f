package io.exchangekit.emulator.exchange.ps;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A PowerShell object with ordered, case-insensitive properties: a {@code [pscustomobject]}, a
 * hashtable, or an Exchange object as a remote session returns it (deserialized, so its values are
 * strings, numbers, booleans and lists).
 */
public final class PsObject {

  /** What kind of object this is; decides how it prints and converts. */
  public enum Kind {
    CUSTOM,
    HASHTABLE,
    EXCHANGE
  }

  private final Kind kind;
  private final String typeName;
  private final Map<String, Object> properties = new LinkedHashMap<>();
  private final Map<String, String> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final String display;

  private PsObject(Kind kind, String typeName, String display) {
    this.kind = kind;
    this.typeName = typeName;
    this.display = display;
  }

  public static PsObject custom() {
    return new PsObject(Kind.CUSTOM, "System.Management.Automation.PSCustomObject", null);
  }

  public static PsObject hashtable() {
    return new PsObject(Kind.HASHTABLE, "System.Collections.Hashtable", null);
  }

  /** An Exchange object whose string form is {@code display} (its identity). */
  public static PsObject exchange(String typeName, String display) {
    return new PsObject(Kind.EXCHANGE, typeName, display);
  }

  public Kind kind() {
    return kind;
  }

  public String typeName() {
    return typeName;
  }

  public PsObject put(String name, Object value) {
    String existing = names.get(name);
    if (existing != null) {
      properties.put(existing, value);
    } else {
      names.put(name, name);
      properties.put(name, value);
    }
    return this;
  }

  public boolean has(String name) {
    return names.containsKey(name);
  }

  public Object get(String name) {
    String n = names.get(name);
    return n == null ? null : properties.get(n);
  }

  /** Properties in insertion order; read-only. */
  public Map<String, Object> properties() {
    return Collections.unmodifiableMap(properties);
  }

  public int size() {
    return properties.size();
  }

  @Override
  public String toString() {
    if (kind == Kind.HASHTABLE) {
      return typeName;
    }
    if (kind == Kind.EXCHANGE && display != null) {
      return display;
    }
    StringBuilder sb = new StringBuilder("@{");
    boolean first = true;
    for (Map.Entry<String, Object> e : properties.entrySet()) {
      if (!first) {
        sb.append("; ");
      }
      first = false;
      sb.append(e.getKey()).append('=').append(Values.toPsString(e.getValue()));
    }
    return sb.append('}').toString();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
