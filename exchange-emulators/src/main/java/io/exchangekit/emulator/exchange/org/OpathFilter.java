package io.exchangekit.emulator.exchange.org;

import io.exchangekit.emulator.exchange.ps.PsObject;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The OPATH {@code -Filter} forms Exchange recipients take: {@code Property -op 'value'} with
 * -eq/-ne/-like/-notlike/-gt/-lt, joined by -and/-or, negated by -not, grouped by parentheses;
 * values single- or double-quoted (quotes doubled), {@code $true}, {@code $false}, {@code $null} or
 * numbers. The property must be one the object has.
 */
final class OpathFilter {
  private final String src;
  private final java.util.Set<String> known;
  private int pos;

  private OpathFilter(String src, java.util.Set<String> known) {
    this.src = src;
    this.known = known;
  }

  /** Thrown for a filter Exchange would reject; the message is Exchange's. */
  static final class InvalidFilter extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidFilter(String message) {
      super(message, null, false, false);
    }
  }

  static Predicate<PsObject> parse(String filter, java.util.Set<String> known) {
    String f = filter.trim();
    if (f.startsWith("{") && f.endsWith("}")) {
      f = f.substring(1, f.length() - 1);
    }
    OpathFilter p = new OpathFilter(f, known);
    Predicate<PsObject> result = p.or();
    p.skip();
    if (p.pos < p.src.length()) {
      throw p.invalid();
    }
    return result;
  }

  private Predicate<PsObject> or() {
    Predicate<PsObject> left = and();
    while (keyword("-or")) {
      Predicate<PsObject> right = and();
      Predicate<PsObject> l = left;
      left = o -> l.test(o) || right.test(o);
    }
    return left;
  }

  private Predicate<PsObject> and() {
    Predicate<PsObject> left = unary();
    while (keyword("-and")) {
      Predicate<PsObject> right = unary();
      Predicate<PsObject> l = left;
      left = o -> l.test(o) && right.test(o);
    }
    return left;
  }

  private Predicate<PsObject> unary() {
    if (keyword("-not")) {
      return unary().negate();
    }
    skip();
    if (peek() == '(') {
      pos++;
      Predicate<PsObject> inner = or();
      skip();
      if (peek() != ')') {
        throw invalid();
      }
      pos++;
      return inner;
    }
    return comparison();
  }

  private Predicate<PsObject> comparison() {
    skip();
    int s = pos;
    while (pos < src.length()
        && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
      pos++;
    }
    if (s == pos) {
      throw invalid();
    }
    String property = src.substring(s, pos);
    if (!known.contains(property)) {
      throw new InvalidFilter(
          "Cannot bind parameter 'Filter' to the target. Exception setting \"Filter\": \"\""
              + property
              + "\" is not a recognized filterable property. For a complete list of filterable"
              + " properties see the command help.\n\""
              + src
              + "\" at position "
              + (s + 1)
              + ".\"");
    }
    skip();
    String op = operator();
    skip();
    Object value = value();
    return o -> {
      if (!o.has(property)) {
        return false;
      }
      return compare(op, o.get(property), value);
    };
  }

  private static boolean compare(String op, Object actual, Object expected) {
    if (actual instanceof List<?> list) {
      boolean any =
          list.stream()
              .anyMatch(
                  a ->
                      compare(
                          op.startsWith("not") || op.equals("ne") ? positive(op) : op,
                          a,
                          expected));
      return op.startsWith("not") || op.equals("ne") ? !any : any;
    }
    String a = actual == null ? null : text(actual);
    String e = expected == null ? null : text(expected);
    switch (op) {
      case "eq":
        return a == null ? e == null : e != null && a.equalsIgnoreCase(e);
      case "ne":
        return !(a == null ? e == null : e != null && a.equalsIgnoreCase(e));
      case "like":
        return a != null && e != null && wildcard(e).matcher(a).matches();
      case "notlike":
        return !(a != null && e != null && wildcard(e).matcher(a).matches());
      case "gt":
        return a != null && e != null && a.compareToIgnoreCase(e) > 0;
      case "lt":
        return a != null && e != null && a.compareToIgnoreCase(e) < 0;
      default:
        return false;
    }
  }

  private static String positive(String op) {
    return op.equals("ne") ? "eq" : op.substring(3);
  }

  private static String text(Object v) {
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    return v.toString();
  }

  private static Pattern wildcard(String w) {
    StringBuilder re = new StringBuilder();
    for (char c : w.toCharArray()) {
      re.append(c == '*' ? ".*" : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  }

  private String operator() {
    for (String op : List.of("-eq", "-ne", "-like", "-notlike", "-gt", "-lt")) {
      if (src.regionMatches(true, pos, op, 0, op.length())
          && (pos + op.length() >= src.length()
              || !Character.isLetter(src.charAt(pos + op.length())))) {
        pos += op.length();
        return op.substring(1).toLowerCase(Locale.ROOT);
      }
    }
    throw invalid();
  }

  private Object value() {
    char c = peek();
    if (c == '\'' || c == '"') {
      pos++;
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (pos >= src.length()) {
          throw invalid();
        }
        char x = src.charAt(pos++);
        if (x == c) {
          if (peek() == c) {
            pos++;
          } else {
            return sb.toString();
          }
        }
        sb.append(x);
      }
    }
    for (String lit : List.of("$true", "$false", "$null")) {
      if (src.regionMatches(true, pos, lit, 0, lit.length())) {
        pos += lit.length();
        return lit.equalsIgnoreCase("$null")
            ? null
            : Boolean.valueOf(lit.equalsIgnoreCase("$true"));
      }
    }
    int s = pos;
    while (pos < src.length()
        && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
      pos++;
    }
    if (s == pos) {
      throw invalid();
    }
    return src.substring(s, pos);
  }

  private boolean keyword(String kw) {
    skip();
    if (src.regionMatches(true, pos, kw, 0, kw.length())
        && (pos + kw.length() >= src.length()
            || !Character.isLetter(src.charAt(pos + kw.length())))) {
      pos += kw.length();
      return true;
    }
    return false;
  }

  private void skip() {
    while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    return pos < src.length() ? src.charAt(pos) : 0;
  }

  private InvalidFilter invalid() {
    return new InvalidFilter(
        "Cannot bind parameter 'Filter' to the target. Exception setting \"Filter\": \"Invalid"
            + " filter syntax. For a description of the filter parameter syntax see the command"
            + " help.\n\""
            + src
            + "\" at position "
            + (Math.min(pos, src.length()) + 1)
            + ".\"");
  }
}
