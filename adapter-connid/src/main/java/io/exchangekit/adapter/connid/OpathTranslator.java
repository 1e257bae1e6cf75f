package io.exchangekit.adapter.connid;

import java.util.Map;
import java.util.Optional;
import org.identityconnectors.framework.common.objects.Attribute;
import org.identityconnectors.framework.common.objects.AttributeUtil;
import org.identityconnectors.framework.common.objects.filter.AbstractFilterTranslator;
import org.identityconnectors.framework.common.objects.filter.ContainsFilter;
import org.identityconnectors.framework.common.objects.filter.EndsWithFilter;
import org.identityconnectors.framework.common.objects.filter.EqualsFilter;
import org.identityconnectors.framework.common.objects.filter.StartsWithFilter;

/**
 * ConnId filters as OPATH {@code -Filter} text over the properties Exchange prints. Values are
 * quoted literals (single quotes doubled, wildcards of -like escaped where they are data); a filter
 * on an attribute Exchange cannot filter on yields null, so the framework filters the results
 * itself.
 */
final class OpathTranslator extends AbstractFilterTranslator<String> {
  private final Map<String, String> properties;

  /**
   * @param properties ConnId attribute name (lower case) to the OPATH property it filters on
   */
  OpathTranslator(Map<String, String> properties) {
    this.properties = properties;
  }

  @Override
  protected String createAndExpression(String left, String right) {
    return "(" + left + ") -and (" + right + ")";
  }

  @Override
  protected String createOrExpression(String left, String right) {
    return "(" + left + ") -or (" + right + ")";
  }

  @Override
  protected String createEqualsExpression(EqualsFilter filter, boolean not) {
    return compare(filter.getAttribute(), not ? "-ne" : "-eq", "", "");
  }

  @Override
  protected String createStartsWithExpression(StartsWithFilter filter, boolean not) {
    return compare(filter.getAttribute(), not ? "-notlike" : "-like", "", "*");
  }

  @Override
  protected String createEndsWithExpression(EndsWithFilter filter, boolean not) {
    return compare(filter.getAttribute(), not ? "-notlike" : "-like", "*", "");
  }

  @Override
  protected String createContainsExpression(ContainsFilter filter, boolean not) {
    return compare(filter.getAttribute(), not ? "-notlike" : "-like", "*", "*");
  }

  private String compare(Attribute attribute, String operator, String before, String after) {
    Optional<String> property =
        Optional.ofNullable(properties.get(attribute.getName().toLowerCase(java.util.Locale.ROOT)));
    if (property.isEmpty() || attribute.getValue() == null || attribute.getValue().size() != 1) {
      return null;
    }
    Object value = AttributeUtil.getSingleValue(attribute);
    if (value instanceof Boolean b) {
      return before.isEmpty() && after.isEmpty()
          ? property.get() + " " + operator + " " + (b ? "$true" : "$false")
          : null;
    }
    if (!(value instanceof String text) || text.isEmpty()) {
      return null;
    }
    if (property.get().equals("Guid")) {
      text = text.toLowerCase(java.util.Locale.ROOT); // GUIDs compare ignoring case
    }
    boolean like = operator.endsWith("like");
    if (like && (text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0)) {
      return null; // a wildcard character as data: the framework filters
    }
    return property.get() + " " + operator + " '" + before + text.replace("'", "''") + after + "'";
  }
}
