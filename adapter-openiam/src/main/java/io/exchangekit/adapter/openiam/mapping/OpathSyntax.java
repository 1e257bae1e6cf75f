package io.exchangekit.adapter.openiam.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks that a {@code -Filter} text is an OPATH expression of the form Exchange documents for
 * recipient filters: {@code Property -op value}, with -eq, -ne, -like, -notlike, -gt, -lt, -ge or
 * -le, joined by -and/-or, negated by -not, grouped by parentheses; a value is a single- or
 * double-quoted text (its quote doubled inside), {@code $true}, {@code $false}, {@code $null}, or a
 * bare word of letters, digits and {@code . _ @ * -}. Nothing else: no variables, no
 * subexpressions, no script blocks.
 */
final class OpathSyntax {
  private static final List<String> OPERATORS =
      List.of("-eq", "-ne", "-like", "-notlike", "-gt", "-lt", "-ge", "-le");
  // OPATH is Exchange's own language: only the ASCII quotes delimit its texts
  private static final String SINGLE = "'";
  private static final String DOUBLE = "\"";

  private final String src;
  private int pos;

  private OpathSyntax(String src) {
    this.src = src;
  }

  /** Empty when {@code filter} is a well-formed OPATH expression; otherwise why it is not. */
  static Optional<String> problem(String filter) {
    OpathSyntax p = new OpathSyntax(filter);
    try {
      p.or();
      p.skip();
      if (p.pos < p.src.length()) {
        throw p.expected("-and, -or or the end");
      }
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  private void or() {
    and();
    while (keyword("-or")) {
      and();
    }
  }

  private void and() {
    unary();
    while (keyword("-and")) {
      unary();
    }
  }

  private void unary() {
    if (keyword("-not")) {
      unary();
      return;
    }
    skip();
    if (peek() == '(') {
      pos++;
      or();
      skip();
      if (peek() != ')') {
        throw expected("')'");
      }
      pos++;
      return;
    }
    comparison();
  }

  private void comparison() {
    int start = pos;
    while (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos))) {
      pos++;
    }
    if (start == pos || !Character.isLetter(src.charAt(start))) {
      throw expected("a property name");
    }
    boolean found = false;
    for (String op : OPERATORS) {
      if (keyword(op)) {
        found = true;
        break;
      }
    }
    if (!found) {
      throw expected("an operator (" + String.join(", ", OPERATORS) + ")");
    }
    skip();
    value();
  }

  private void value() {
    char c = peek();
    if (SINGLE.indexOf(c) >= 0) {
      quoted(SINGLE);
    } else if (DOUBLE.indexOf(c) >= 0) {
      quoted(DOUBLE);
    } else if (c == '$') {
      int start = ++pos;
      while (pos < src.length() && Character.isLetter(src.charAt(pos))) {
        pos++;
      }
      String name = src.substring(start, pos).toLowerCase(Locale.ROOT);
      if (!List.of("true", "false", "null").contains(name)) {
        throw new IllegalArgumentException(
            "the filter's values may be $true, $false or $null but no other variable");
      }
      boundary();
    } else {
      int start = pos;
      while (pos < src.length() && bare(src.charAt(pos))) {
        pos++;
      }
      if (start == pos) {
        throw expected("a value");
      }
      boundary();
    }
  }

  private void quoted(String quotes) {
    pos++;
    while (true) {
      if (pos >= src.length()) {
        throw new IllegalArgumentException("the filter's quoted value is not closed");
      }
      char c = src.charAt(pos++);
      if (quotes.indexOf(c) >= 0) {
        if (pos < src.length() && quotes.indexOf(src.charAt(pos)) >= 0) {
          pos++;
          continue;
        }
        boundary();
        return;
      }
    }
  }

  private static boolean bare(char c) {
    return Character.isLetterOrDigit(c) || ".@_*-".indexOf(c) >= 0;
  }

  /** A value ends at a space, a closing parenthesis or the end. */
  private void boundary() {
    if (pos < src.length() && src.charAt(pos) != ' ' && src.charAt(pos) != ')') {
      throw expected("a space or ')' after a value");
    }
  }

  private boolean keyword(String kw) {
    skip();
    if (src.regionMatches(true, pos, kw, 0, kw.length())) {
      int end = pos + kw.length();
      if (end == src.length() || src.charAt(end) == ' ' || src.charAt(end) == '(') {
        pos = end;
        return true;
      }
    }
    return false;
  }

  private void skip() {
    while (pos < src.length() && src.charAt(pos) == ' ') {
      pos++;
    }
  }

  private char peek() {
    return pos < src.length() ? src.charAt(pos) : '\0';
  }

  private IllegalArgumentException expected(String what) {
    return new IllegalArgumentException(
        "the filter is not OPATH: expected "
            + what
            + (pos < src.length()
                ? " at position " + (pos + 1) + " of the filter"
                : " at its end"));
  }
}
