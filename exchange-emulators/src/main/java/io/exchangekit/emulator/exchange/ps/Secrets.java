package io.exchangekit.emulator.exchange.ps;

import java.util.Locale;

/**
 * Masks secrets in script text before it reaches a transcript, a log or an error: every string
 * literal given to {@code ConvertTo-SecureString} (and the value of a {@code -Password} or {@code
 * -CertificatePassword} argument) becomes {@code '****'}.
 */
public final class Secrets {
  private Secrets() {}

  public static String mask(String script) {
    if (script == null) {
      return null;
    }
    String lower = script.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < script.length()) {
      int start = nextTrigger(lower, i);
      if (start < 0) {
        out.append(script, i, script.length());
        break;
      }
      int afterTrigger = lower.indexOf(' ', start);
      if (afterTrigger < 0) {
        out.append(script, i, script.length());
        break;
      }
      boolean single = !lower.startsWith("convertto-securestring", start);
      out.append(script, i, afterTrigger);
      i = afterTrigger;
      boolean maskedOne = false;
      while (i < script.length()) {
        char c = script.charAt(i);
        if (Parser.isSingleQuote(c) || Parser.isDoubleQuote(c)) {
          int end = endOfLiteral(script, i);
          out.append("'****'");
          i = end;
          maskedOne = true;
          if (single) {
            break;
          }
          continue;
        }
        if (c == ')' || c == ';' || c == '|' || c == '\n' || (single && maskedOne)) {
          break;
        }
        if (single && c == '(') {
          break;
        }
        if (single && !Character.isWhitespace(c) && c != ':') {
          // an unquoted value (bareword or variable) after -Password
          int e = i;
          while (e < script.length()
              && !Character.isWhitespace(script.charAt(e))
              && script.charAt(e) != ';'
              && script.charAt(e) != ')') {
            e++;
          }
          if (script.charAt(i) != '$') {
            out.append("****");
          } else {
            out.append(script, i, e);
          }
          i = e;
          break;
        }
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int nextTrigger(String lower, int from) {
    int best = -1;
    for (String t :
        new String[] {"convertto-securestring", "-password ", "-certificatepassword "}) {
      int k = lower.indexOf(t, from);
      if (k >= 0 && (best < 0 || k < best)) {
        best = k;
      }
    }
    return best;
  }

  private static int endOfLiteral(String s, int start) {
    char open = s.charAt(start);
    boolean single = Parser.isSingleQuote(open);
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (single ? Parser.isSingleQuote(c) : Parser.isDoubleQuote(c)) {
        if (i + 1 < s.length()
            && (single
                ? Parser.isSingleQuote(s.charAt(i + 1))
                : Parser.isDoubleQuote(s.charAt(i + 1)))) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      if (!single && c == '`') {
        i += 2;
        continue;
      }
      i++;
    }
    return s.length();
  }
}
