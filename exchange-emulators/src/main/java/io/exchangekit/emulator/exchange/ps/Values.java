package io.exchangekit.emulator.exchange.ps;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** PowerShell's conversions between values: to string, to boolean, comparison, JSON. */
final class Values {
  private Values() {}

  /** The string form PowerShell uses in {@code "$x"} and when printing. */
  static String toPsString(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (v instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      list.forEach(x -> parts.add(toPsString(x)));
      return String.join(" ", parts);
    }
    return v.toString();
  }

  static boolean isTrue(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number n) {
      return n.doubleValue() != 0;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (v instanceof List<?> list) {
      return list.size() > 1 || (list.size() == 1 && isTrue(list.get(0)));
    }
    return true;
  }

  /** PowerShell's flattening of pipeline output: lists unroll one level. */
  static List<Object> unroll(Object v) {
    List<Object> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      out.addAll(list);
    } else if (v != null) {
      out.add(v);
    }
    return out;
  }

  /** The value of a statement's output list: null, the single item, or the list. */
  static Object collapse(List<Object> items) {
    if (items.isEmpty()) {
      return null;
    }
    return items.size() == 1 ? items.get(0) : new ArrayList<>(items);
  }

  /** Binary comparison; the right operand converts to the left's type, strings ignore case. */
  static Object compare(String op, Object left, Object right) {
    if (left instanceof List<?> list && !op.endsWith("contains")) {
      List<Object> out = new ArrayList<>();
      for (Object item : list) {
        if (isTrue(compare(op, item, right)) || (op.equals("ne") && item == null)) {
          out.add(item);
        }
      }
      return out;
    }
    switch (op) {
      case "eq":
      case "ieq":
        return equal(left, right, false);
      case "ceq":
        return equal(left, right, true);
      case "ne":
      case "ine":
        return !equal(left, right, false);
      case "cne":
        return !equal(left, right, true);
      case "gt":
        return order(left, right) > 0;
      case "ge":
        return order(left, right) >= 0;
      case "lt":
        return order(left, right) < 0;
      case "le":
        return order(left, right) <= 0;
      case "like":
      case "ilike":
        return wildcard(toPsString(right), false).matcher(toPsString(left)).matches();
      case "clike":
        return wildcard(toPsString(right), true).matcher(toPsString(left)).matches();
      case "notlike":
        return !wildcard(toPsString(right), false).matcher(toPsString(left)).matches();
      case "match":
        return Pattern.compile(toPsString(right), Pattern.CASE_INSENSITIVE)
            .matcher(toPsString(left))
            .find();
      case "notmatch":
        return !Pattern.compile(toPsString(right), Pattern.CASE_INSENSITIVE)
            .matcher(toPsString(left))
            .find();
      case "contains":
        return unroll(left).stream().anyMatch(x -> equal(x, right, false));
      case "notcontains":
        return unroll(left).stream().noneMatch(x -> equal(x, right, false));
      case "in":
        return unroll(right).stream().anyMatch(x -> equal(left, x, false));
      case "notin":
        return unroll(right).stream().noneMatch(x -> equal(left, x, false));
      default:
        throw new IllegalArgumentException("operator -" + op);
    }
  }

  static boolean equal(Object left, Object right, boolean caseSensitive) {
    if (left == null || right == null) {
      return left == right;
    }
    if (left instanceof Number l) {
      Double r = toNumber(right);
      return r != null && l.doubleValue() == r;
    }
    if (left instanceof Boolean l) {
      return l == isTrue(right);
    }
    String l = toPsString(left);
    String r = toPsString(right);
    return caseSensitive ? l.equals(r) : l.equalsIgnoreCase(r);
  }

  private static int order(Object left, Object right) {
    if (left instanceof Number l) {
      Double r = toNumber(right);
      return Double.compare(l.doubleValue(), r == null ? 0 : r);
    }
    return toPsString(left).compareToIgnoreCase(toPsString(right));
  }

  static Double toNumber(Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    }
    try {
      return Double.valueOf(toPsString(v).trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Pattern wildcard(String pattern, boolean caseSensitive) {
    StringBuilder re = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      if (c == '*') {
        re.append(".*");
      } else if (c == '?') {
        re.append('.');
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(
        re.toString(), caseSensitive ? Pattern.DOTALL : Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  }

  /** {@code ConvertTo-Json}: PowerShell 7 layout; beyond {@code depth} objects become strings. */
  static String toJson(Object v, int depth, boolean compress) {
    StringBuilder sb = new StringBuilder();
    writeJson(sb, v, 0, depth, compress, 0);
    return sb.toString();
  }

  /** Whether {@link #toJson} of {@code v} would cut objects deeper than {@code depth}. */
  static boolean exceedsDepth(Object v, int depth) {
    return maxDepth(v, 0) > depth;
  }

  private static int maxDepth(Object v, int level) {
    int max = level;
    if (v instanceof List<?> list) {
      for (Object o : list) {
        max = Math.max(max, maxDepth(o, level + 1));
      }
    } else if (v instanceof PsObject o) {
      for (Object x : o.properties().values()) {
        if (x instanceof PsObject || x instanceof List<?>) {
          max = Math.max(max, maxDepth(x, level + 1));
        }
      }
    }
    return max;
  }

  private static void writeJson(
      StringBuilder sb, Object v, int level, int depth, boolean compress, int indent) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof Boolean b) {
      sb.append(b ? "true" : "false");
    } else if (v instanceof Integer || v instanceof Long) {
      sb.append(v);
    } else if (v instanceof Double d) {
      sb.append(d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf(d.longValue()) : d);
    } else if (v instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        newline(sb, compress, indent + 1);
        writeJson(sb, list.get(i), level + 1, depth, compress, indent + 1);
      }
      if (!list.isEmpty()) {
        newline(sb, compress, indent);
      }
      sb.append(']');
    } else if (v instanceof PsObject o) {
      if (level > depth) {
        string(sb, o.toString());
        return;
      }
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : o.properties().entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        newline(sb, compress, indent + 1);
        string(sb, e.getKey());
        sb.append(compress ? ":" : ": ");
        writeJson(sb, e.getValue(), level + 1, depth, compress, indent + 1);
      }
      if (!first) {
        newline(sb, compress, indent);
      }
      sb.append('}');
    } else if (v instanceof PsError e) {
      writeJson(sb, e.asObject(), level, depth, compress, indent);
    } else if (v instanceof PsSecureString s) {
      writeJson(sb, PsObject.custom().put("Length", s.length()), level, depth, compress, indent);
    } else {
      string(sb, toPsString(v));
    }
  }

  private static void newline(StringBuilder sb, boolean compress, int indent) {
    if (!compress) {
      sb.append('\n').append("  ".repeat(indent));
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"').append(JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * A property of an object, as {@code $x.Name} reads it ({@code Count}/{@code Length} of any
   * value).
   */
  static Object member(Object target, String name) {
    if (target instanceof PsError err) {
      return err.asObject().get(name);
    }
    if (target == null) {
      return name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length") ? 0 : null;
    }
    if (target instanceof PsObject o) {
      if (o.has(name)) {
        return o.get(name);
      }
      if (name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length")) {
        return o.kind() == PsObject.Kind.HASHTABLE ? o.size() : 1;
      }
      if (o.kind() == PsObject.Kind.HASHTABLE && name.equalsIgnoreCase("Keys")) {
        return new ArrayList<Object>(o.properties().keySet());
      }
      return null;
    }
    if (target instanceof List<?> list) {
      if (name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length")) {
        return list.size();
      }
      List<Object> out = new ArrayList<>();
      for (Object item : list) {
        Object v = member(item, name);
        if (v != null) {
          out.addAll(Values.unroll(v));
        }
      }
      return Values.collapse(out);
    }
    if (target instanceof String s && name.equalsIgnoreCase("Length")) {
      return s.length();
    }
    if (name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length")) {
      return 1;
    }
    return null;
  }
}
