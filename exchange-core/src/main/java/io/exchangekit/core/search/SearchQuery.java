package io.exchangekit.core.search;

import io.exchangekit.core.recipient.Texts;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A read-only recipient query: one of the Get-* cmdlets that list recipients, its named parameters
 * with typed values, and the properties to return (empty: the default set). Built only from this
 * structure, never from a script, so nothing but a read can run; which parameters a cmdlet takes on
 * which Exchange version is the adapter's business.
 *
 * <p>Refused here whatever the cmdlet: the common parameters (their behaviour belongs to the
 * adapter that runs the query) and {@code -Credential}. Every text obeys {@link Texts#isAllowed}.
 */
public record SearchQuery(
    String cmdlet, Map<String, SearchValue> parameters, List<String> properties) {

  /** The cmdlets a search may run. */
  public static final Set<String> CMDLETS =
      Set.of(
          "Get-Mailbox",
          "Get-User",
          "Get-Recipient",
          "Get-CASMailbox",
          "Get-DistributionGroup",
          "Get-DistributionGroupMember",
          "Get-DynamicDistributionGroup",
          "Get-MailUser",
          "Get-RemoteMailbox",
          "Get-MailContact",
          "Get-Contact",
          "Get-EXOMailbox",
          "Get-EXORecipient",
          "Get-EXOCASMailbox");

  /**
   * Parameters no search may set: PowerShell's common parameters and the risk-mitigation ones (the
   * adapter sets its own error handling), and credentials.
   */
  public static final Set<String> REFUSED_PARAMETERS =
      Set.of(
          "Verbose",
          "Debug",
          "ErrorAction",
          "ErrorVariable",
          "WarningAction",
          "WarningVariable",
          "InformationAction",
          "InformationVariable",
          "OutVariable",
          "OutBuffer",
          "PipelineVariable",
          "ProgressAction",
          "WhatIf",
          "Confirm",
          "Credential");

  private static final Pattern PARAMETER = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern PROPERTY = Pattern.compile("[A-Za-z][A-Za-z0-9]*|\\*");
  private static final int MAX_TEXT = 4096;

  public SearchQuery {
    Objects.requireNonNull(cmdlet, "'cmdlet' must not be null");
    Objects.requireNonNull(parameters, "'parameters' must not be null");
    cmdlet = canonicalCmdlet(cmdlet);
    Map<String, SearchValue> copy = new LinkedHashMap<>();
    Map<String, String> seen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, SearchValue> e : parameters.entrySet()) {
      String name = Objects.requireNonNull(e.getKey(), "a parameter name must not be null");
      SearchValue value = Objects.requireNonNull(e.getValue(), "'" + name + "' must have a value");
      if (!PARAMETER.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "parameter names are letters and digits only, but got '" + name + "'");
      }
      if (REFUSED_PARAMETERS.stream().anyMatch(name::equalsIgnoreCase)) {
        throw new IllegalArgumentException(
            "'" + name + "' is not allowed in a search (common parameters and Credential are)");
      }
      if (seen.put(name, name) != null) {
        throw new IllegalArgumentException("'" + name + "' is given twice");
      }
      requireValue(name, value);
      copy.put(name, value);
    }
    parameters = Collections.unmodifiableMap(copy);
    properties = List.copyOf(properties);
    for (String p : properties) {
      if (!PROPERTY.matcher(p).matches()) {
        throw new IllegalArgumentException(
            "'Select-Object' takes property names (letters and digits) but got '" + p + "'");
      }
    }
  }

  /**
   * The query of the first edition: an optional OPATH filter and an optional result size (empty:
   * all).
   */
  public SearchQuery(
      String cmdlet, Optional<String> filter, List<String> properties, OptionalInt resultSize) {
    this(cmdlet, legacy(filter, resultSize), properties);
  }

  /** Every recipient the cmdlet lists, default properties. */
  public static SearchQuery all(String cmdlet) {
    return new SearchQuery(cmdlet, Map.of(), List.of());
  }

  /** This query with {@code name} set to {@code value} (replacing a value it had). */
  public SearchQuery with(String name, SearchValue value) {
    Map<String, SearchValue> next = new LinkedHashMap<>(parameters);
    next.keySet().removeIf(name::equalsIgnoreCase);
    next.put(name, value);
    return new SearchQuery(cmdlet, next, properties);
  }

  /** This query returning {@code wanted} instead. */
  public SearchQuery withProperties(List<String> wanted) {
    return new SearchQuery(cmdlet, parameters, wanted);
  }

  /** The value of a parameter, by name in any case. */
  public Optional<SearchValue> parameter(String name) {
    for (Map.Entry<String, SearchValue> e : parameters.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** The OPATH filter, if {@code -Filter} is given. */
  public Optional<String> filter() {
    return parameter("Filter")
        .filter(SearchValue.Text.class::isInstance)
        .map(v -> ((SearchValue.Text) v).value());
  }

  /** The result size when {@code -ResultSize} is a number; empty for Unlimited or none. */
  public OptionalInt resultSize() {
    Optional<SearchValue> v = parameter("ResultSize");
    return v.isPresent() && v.get() instanceof SearchValue.Number n
        ? OptionalInt.of((int) n.value())
        : OptionalInt.empty();
  }

  private static Map<String, SearchValue> legacy(Optional<String> filter, OptionalInt size) {
    Objects.requireNonNull(filter, "'filter' must not be null");
    Objects.requireNonNull(size, "'resultSize' must not be null");
    Map<String, SearchValue> parameters = new LinkedHashMap<>();
    filter.ifPresent(f -> parameters.put("Filter", SearchValue.text(f)));
    size.ifPresent(n -> parameters.put("ResultSize", SearchValue.number(n)));
    return parameters;
  }

  private static String canonicalCmdlet(String cmdlet) {
    for (String c : CMDLETS) {
      if (c.equalsIgnoreCase(cmdlet)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "'searchQuery' may run only the read-only cmdlets "
            + CMDLETS.stream().sorted().toList()
            + " but names '"
            + cmdlet
            + "'");
  }

  private static void requireValue(String name, SearchValue value) {
    if (value instanceof SearchValue.Text t) {
      requireText(name, t.value());
    } else if (value instanceof SearchValue.TextList l) {
      l.values().forEach(v -> requireText(name, v));
    }
    if (name.equalsIgnoreCase("ResultSize")) {
      boolean unlimited =
          value instanceof SearchValue.Text t
              && t.value().toLowerCase(Locale.ROOT).equals("unlimited");
      if (value instanceof SearchValue.Number n) {
        if (n.value() < 1 || n.value() > Integer.MAX_VALUE) {
          throw new IllegalArgumentException(
              "'ResultSize' must be between 1 and " + Integer.MAX_VALUE + " but was " + n.value());
        }
      } else if (!unlimited) {
        throw new IllegalArgumentException("'ResultSize' takes a whole number or Unlimited");
      }
    }
  }

  private static void requireText(String name, String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("'" + name + "' must not be empty");
    }
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          "'" + name + "' must be at most " + MAX_TEXT + " characters but has " + text.length());
    }
    Texts.requireCharacters(text, name);
  }
}
