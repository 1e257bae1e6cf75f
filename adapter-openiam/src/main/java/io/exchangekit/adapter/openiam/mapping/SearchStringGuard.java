package io.exchangekit.adapter.openiam.mapping;

import io.exchangekit.adapter.openiam.model.OpenIamErrorCode;
import io.exchangekit.adapter.openiam.model.OpenIamRequestException;
import io.exchangekit.core.search.SearchQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Accepts a synchronisation search string only when it is a read-only pipeline of this grammar, and
 * turns it into a {@link SearchQuery} (which is data: nothing of the text is ever evaluated):
 *
 * <pre>
 * Get-X [-Filter '…'] [-ResultSize N|Unlimited] [| Select-Object [-Property] [p1[, p2 …]]]
 * </pre>
 *
 * with Get-X one of {@link SearchQuery#CMDLETS}. Everything else is refused: statement separators,
 * other cmdlets, other pipeline stages, subexpressions, call operators, backticks, script blocks,
 * redirections, double-quoted strings, line breaks. Single-quoted literals follow PowerShell's
 * rules, including its four typographic single quotes, so a quote cannot smuggle a second
 * statement. The filter text must also be free of PowerShell metacharacters.
 */
final class SearchStringGuard {
  static final int MAX_LENGTH = 4096;
  private static final String QUOTES = "'\u2018\u2019\u201A\u201B";
  private static final String FILTER_FORBIDDEN = "`;&|<>{}";

  private final String text;
  private int pos;

  private SearchStringGuard(String text) {
    this.text = text;
  }

  /**
   * @throws OpenIamRequestException (unsupportedOperation) saying why the text is refused
   */
  static SearchQuery parse(String text) {
    if (text == null || text.isBlank()) {
      throw refused("it is empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw refused("it is longer than " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' || c == '\u2028' || c == '\u2029') {
        throw refused("it contains a line break or control character at position " + (i + 1));
      }
    }
    return new SearchStringGuard(text).query();
  }

  private SearchQuery query() {
    skipSpace();
    String cmdlet = word();
    String known = null;
    for (String c : SearchQuery.CMDLETS) {
      if (c.equalsIgnoreCase(cmdlet)) {
        known = c;
      }
    }
    if (known == null) {
      throw refused(
          cmdlet.isEmpty()
              ? "it does not start with a cmdlet name"
              : "'" + shorten(cmdlet) + "' is not one of the read-only cmdlets");
    }
    Optional<String> filter = Optional.empty();
    OptionalInt resultSize = OptionalInt.empty();
    boolean sizeGiven = false;
    List<String> properties = List.of();
    while (true) {
      boolean spaced = skipSpace();
      if (atEnd()) {
        break;
      }
      char c = text.charAt(pos);
      if (c == '|') {
        pos++;
        properties = select();
        break;
      }
      if (!spaced) {
        throw unexpected();
      }
      if (c != '-') {
        throw refused(
            "only the parameters -Filter and -ResultSize may follow the cmdlet (position "
                + (pos + 1)
                + ")");
      }
      pos++;
      String parameter = word();
      if (parameter.equalsIgnoreCase("Filter") && filter.isEmpty()) {
        requireSpace();
        filter = Optional.of(filterLiteral());
      } else if (parameter.equalsIgnoreCase("ResultSize") && !sizeGiven) {
        requireSpace();
        sizeGiven = true;
        resultSize = resultSize();
      } else {
        throw refused(
            "parameter -"
                + shorten(parameter)
                + " is not allowed; only -Filter and -ResultSize, each once");
      }
      if (!atEnd() && !isSpace(text.charAt(pos)) && text.charAt(pos) != '|') {
        throw unexpected();
      }
    }
    try {
      return new SearchQuery(known, filter, properties, resultSize);
    } catch (IllegalArgumentException e) {
      throw refused(JsonAttributes.rule(e));
    }
  }

  private List<String> select() {
    skipSpace();
    String stage = word();
    if (!stage.equalsIgnoreCase("Select-Object") && !stage.equalsIgnoreCase("select")) {
      throw refused(
          "the only pipeline stage allowed is Select-Object"
              + (stage.isEmpty() ? "" : ", not '" + shorten(stage) + "'"));
    }
    List<String> properties = new ArrayList<>();
    boolean spaced = skipSpace();
    if (atEnd()) {
      return List.of("*"); // "Get-Mailbox | Select-Object": every property (seed)
    }
    if (!spaced) {
      throw unexpected();
    }
    if (text.charAt(pos) == '-') {
      pos++;
      String parameter = word();
      if (!parameter.equalsIgnoreCase("Property")) {
        throw refused("Select-Object takes only -Property, not -" + shorten(parameter));
      }
      requireSpace();
    }
    while (true) {
      int start = pos;
      if (!atEnd() && text.charAt(pos) == '*') {
        pos++;
      } else {
        while (!atEnd() && Character.isLetterOrDigit(text.charAt(pos))) {
          pos++;
        }
      }
      if (start == pos) {
        throw unexpected();
      }
      properties.add(text.substring(start, pos));
      skipSpace();
      if (atEnd()) {
        return properties;
      }
      if (text.charAt(pos) != ',') {
        throw unexpected();
      }
      pos++;
      skipSpace();
    }
  }

  private String filterLiteral() {
    if (atEnd() || QUOTES.indexOf(text.charAt(pos)) < 0) {
      throw refused(
          "the filter must be a single-quoted text such as -Filter 'Name -like ''j*''' (no"
              + " script blocks, no double quotes)");
    }
    pos++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (atEnd()) {
        throw refused("the filter's quote is not closed");
      }
      char c = text.charAt(pos++);
      if (QUOTES.indexOf(c) >= 0) {
        if (!atEnd() && QUOTES.indexOf(text.charAt(pos)) >= 0) {
          value.append(c);
          pos++;
          continue;
        }
        break;
      }
      value.append(c);
    }
    String filter = value.toString();
    if (filter.isBlank()) {
      throw refused("the filter is empty");
    }
    for (int i = 0; i < filter.length(); i++) {
      if (FILTER_FORBIDDEN.indexOf(filter.charAt(i)) >= 0) {
        throw refused("the filter contains '" + filter.charAt(i) + "'");
      }
    }
    if (filter.contains("$(") || filter.contains("${") || filter.contains("@(")) {
      throw refused("the filter contains a subexpression");
    }
    return filter;
  }

  private OptionalInt resultSize() {
    String value = word();
    if (value.equalsIgnoreCase("Unlimited")) {
      return OptionalInt.empty();
    }
    if (value.isEmpty() || !value.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      throw refused("-ResultSize takes a whole number or Unlimited");
    }
    try {
      int n = Integer.parseInt(value);
      if (n < 1) {
        throw refused("-ResultSize must be at least 1");
      }
      return OptionalInt.of(n);
    } catch (NumberFormatException e) {
      throw refused("-ResultSize is too large; use Unlimited");
    }
  }

  /** Letters, digits and hyphens: a cmdlet, parameter name or bare value. */
  private String word() {
    int start = pos;
    while (!atEnd() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '-')) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private boolean skipSpace() {
    int start = pos;
    while (!atEnd() && isSpace(text.charAt(pos))) {
      pos++;
    }
    return pos > start;
  }

  private void requireSpace() {
    if (!skipSpace()) {
      throw unexpected();
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private OpenIamRequestException unexpected() {
    return atEnd()
        ? refused("it ends too early")
        : refused("unexpected '" + text.charAt(pos) + "' at position " + (pos + 1));
  }

  private static String shorten(String s) {
    return JsonAttributes.shorten(s);
  }

  static OpenIamRequestException refused(String reason) {
    return new OpenIamRequestException(
        OpenIamErrorCode.UNSUPPORTED_OPERATION,
        "searchQuery is refused: "
            + reason
            + ". Only read-only queries run: Get-X [-Filter '...'] [-ResultSize N|Unlimited]"
            + " [| Select-Object [properties]] with Get-X one of "
            + SearchQuery.CMDLETS.stream().sorted().toList());
  }
}
