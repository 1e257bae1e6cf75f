package io.exchangekit.adapter.openiam.mapping;

import io.exchangekit.adapter.openiam.model.AttributeOperation;
import io.exchangekit.adapter.openiam.model.OpenIamAttribute;
import io.exchangekit.adapter.openiam.model.OpenIamValue;
import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.mailbox.MailboxParameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A request's attributes grouped by name ignoring case: attributes of the same name are merged,
 * their values keeping their own operations.
 */
final class Attributes {
  /** Attributes that configure the connector rather than set a parameter of the object. */
  private static final Set<String> CONTROL =
      Set.of(
          "connectormodesettings",
          "appauth",
          "organization",
          "certificatethumbprint",
          "licensestoassignjson");

  private final Map<String, Group> groups;

  private Attributes(Map<String, Group> groups) {
    this.groups = groups;
  }

  static Attributes of(List<OpenIamAttribute> attributes) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (OpenIamAttribute a : attributes) {
      String key = key(a.name());
      Group g = groups.get(key);
      if (g == null) {
        groups.put(key, new Group(key, a.name(), a.operation(), new ArrayList<>(a.values())));
      } else {
        g.values().addAll(a.values());
      }
    }
    return new Attributes(groups);
  }

  Collection<Group> groups() {
    return groups.values();
  }

  Optional<Group> group(String name) {
    return Optional.ofNullable(groups.get(key(name)));
  }

  /** The one non-empty text of a single-valued attribute, if it has one. */
  Optional<String> singleText(String name) {
    return group(name)
        .flatMap(
            g ->
                g.values().stream().map(OpenIamValue::value).filter(v -> !v.isBlank()).findFirst());
  }

  /** Lower-case key of an attribute name. */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /**
   * The attributes of one name.
   *
   * @param key the name in lower case
   * @param name the name as the request first spelled it
   * @param operation the first attribute's operation
   * @param values every value of every attribute of this name
   */
  record Group(String key, String name, AttributeOperation operation, List<OpenIamValue> values) {
    /** True for an attribute that configures the connector (mode, licences, app auth). */
    boolean isControl() {
      return CONTROL.contains(key);
    }

    /** The parameter's own spelling (e.g. Members for "members"), else the request's. */
    String canonicalName() {
      return GroupParameter.byAttributeName(name)
          .map(GroupParameter::attributeName)
          .or(() -> MailboxParameter.byAttributeName(name).map(MailboxParameter::attributeName))
          .orElse(name);
    }
  }
}
