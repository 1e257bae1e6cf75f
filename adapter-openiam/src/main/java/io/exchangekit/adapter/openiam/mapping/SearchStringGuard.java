package io.exchangekit.adapter.openiam.mapping;

import io.exchangekit.adapter.openiam.model.OpenIamErrorCode;
import io.exchangekit.adapter.openiam.model.OpenIamRequestException;
import io.exchangekit.catalog.CmdletCatalog;
import io.exchangekit.core.recipient.Texts;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.core.search.SearchValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accepts a synchronisation search string only when it is a read-only pipeline of this grammar, and
 * turns it into a {@link SearchQuery} (which is data: nothing of the text is ever evaluated):
 *
 * <pre>
 * Get-X [-Parameter value | -Switch[:$true|:$false]]… [| Select-Object [-Property] [p1[, p2 …]]]
 * </pre>
 *
 * with Get-X one of {@link SearchQuery#CMDLETS} and each parameter one that Microsoft's cmdlet
 * catalog lists for Get-X on some Exchange version (the version is checked where it is known, by
 * the adapter that runs the query), written in full (any case). A value is a literal: a bare word
 * (letters, digits and {@code . _ @ / \ : * ? + = ! % ~ -}, not starting with {@code -}), a
 * single-quoted text (PowerShell's five single quotes, doubled inside), a double-quoted text
 * without {@code $} or backtick (which is then the same as its single-quoted form), a whole number,
 * or a comma list of those for a multi-valued parameter. A {@code -Filter} must be OPATH (see
 * {@link OpathSyntax}).
 *
 * <p>Everything else is refused, with a message that says what is allowed: common parameters,
 * {@code -Credential}, positional values, variables, subexpressions, script blocks, call operators,
 * redirections, statement separators, other cmdlets and other pipeline stages (a {@code
 * Where-Object} stage is answered with the equivalent {@code -Filter}), control characters ({@link
 * Texts#isAllowed}).
 */
final class SearchStringGuard {
  static final int MAX_LENGTH = 4096;
  private static final String SINGLE = "'\u2018\u2019\u201A\u201B";
  private static final String DOUBLE = "\"\u201C\u201D\u201E";
  private static final String DASHES = "-\u2013\u2014\u2015";
  private static final String BARE = "._@/\\:*?+=!%~-";
  private static final String FILTER_FORBIDDEN = "`;&|<>{}";
  private static final CmdletCatalog CATALOG = CmdletCatalog.load();
  private static final Pattern WHERE =
      Pattern.compile(
          "\\s*\\{?\\s*(?:\\$_\\.|\\$PSItem\\.)?([A-Za-z][A-Za-z0-9]*)\\s+(-[A-Za-z]+)\\s+(.*?)\\s*\\}?\\s*",
          Pattern.DOTALL);

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
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp != '\t' && !Texts.isAllowed(cp)) {
        throw refused(
            String.format(
                "it contains a line break or control character (U+%04X) at position %d",
                (int) text.charAt(i), i + 1));
      }
      i += Character.charCount(cp);
    }
    return new SearchStringGuard(text).query();
  }

  private SearchQuery query() {
    skipSpace();
    String word = word();
    String cmdlet = null;
    for (String c : SearchQuery.CMDLETS) {
      if (c.equalsIgnoreCase(word)) {
        cmdlet = c;
      }
    }
    if (cmdlet == null) {
      throw refused(
          word.isEmpty()
              ? "it does not start with a cmdlet name"
              : "'" + shorten(word) + "' is not one of the read-only cmdlets");
    }
    Map<String, SearchValue> parameters = new LinkedHashMap<>();
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
      if (DASHES.indexOf(c) < 0) {
        throw refused(
            "only named parameters may follow the cmdlet, such as -Identity jdoe (position "
                + (pos + 1)
                + ")");
      }
      pos++;
      String given = word();
      String name = parameterName(cmdlet, given);
      if (parameters.keySet().stream().anyMatch(name::equalsIgnoreCase)) {
        throw refused("parameter -" + name + " is given twice");
      }
      parameters.put(name, value(cmdlet, name));
      if (!atEnd() && !isSpace(text.charAt(pos)) && text.charAt(pos) != '|') {
        throw unexpected();
      }
    }
    try {
      return new SearchQuery(cmdlet, parameters, properties);
    } catch (IllegalArgumentException e) {
      throw refused(JsonAttributes.rule(e));
    }
  }

  /** The catalog's spelling of a parameter written in full, in any case. */
  private static String parameterName(String cmdlet, String given) {
    if (given.isEmpty()) {
      throw refused("a '-' must be followed by a parameter name");
    }
    if (SearchQuery.REFUSED_PARAMETERS.stream().anyMatch(given::equalsIgnoreCase)) {
      throw refused(
          "-"
              + given
              + " is not allowed: common parameters and -Credential are set by the connector,"
              + " never by a search");
    }
    for (String p : CATALOG.parameterNames(cmdlet)) {
      if (p.equalsIgnoreCase(given)) {
        return p;
      }
    }
    List<String> completions = new ArrayList<>();
    for (String p : CATALOG.parameterNames(cmdlet)) {
      if (p.regionMatches(true, 0, given, 0, given.length())
          && !SearchQuery.REFUSED_PARAMETERS.contains(p)) {
        completions.add(p);
      }
    }
    throw refused(
        cmdlet
            + " has no parameter -"
            + shorten(given)
            + (completions.isEmpty()
                ? ""
                : " (parameter names are written in full: " + String.join(", ", completions) + ")")
            + "; its parameters are "
            + CATALOG.parameterNames(cmdlet).stream()
                .filter(p -> !SearchQuery.REFUSED_PARAMETERS.contains(p))
                .toList());
  }

  private SearchValue value(String cmdlet, String name) {
    boolean isSwitch = CATALOG.isSwitch(cmdlet, name);
    if (!atEnd() && text.charAt(pos) == ':') {
      pos++;
      if (isSwitch) {
        String v = text.substring(pos, Math.min(text.length(), pos + 6)).toLowerCase(Locale.ROOT);
        if (v.startsWith("$true")) {
          pos += 5;
          return new SearchValue.Switch(true);
        }
        if (v.startsWith("$false")) {
          pos += 6;
          return new SearchValue.Switch(false);
        }
        throw refused("switch -" + name + " takes only :$true or :$false");
      }
      return literals(cmdlet, name);
    }
    if (isSwitch) {
      return SearchValue.on();
    }
    if (!skipSpace() || atEnd() || text.charAt(pos) == '|') {
      throw refused("parameter -" + name + " needs a value");
    }
    return literals(cmdlet, name);
  }

  /** One literal, or a comma list of them for a multi-valued parameter. */
  private SearchValue literals(String cmdlet, String name) {
    List<SearchValue> values = new ArrayList<>();
    values.add(literal(name));
    while (true) {
      int mark = pos;
      skipSpace();
      if (atEnd() || text.charAt(pos) != ',') {
        pos = mark;
        break;
      }
      pos++;
      skipSpace();
      values.add(literal(name));
    }
    if (values.size() == 1) {
      return values.get(0);
    }
    String type = CATALOG.type(cmdlet, name);
    if (type == null || !type.endsWith("[]")) {
      throw refused("parameter -" + name + " of " + cmdlet + " takes one value, not a list");
    }
    List<String> texts = new ArrayList<>();
    for (SearchValue v : values) {
      texts.add(
          v instanceof SearchValue.Text t
              ? t.value()
              : Long.toString(((SearchValue.Number) v).value()));
    }
    return new SearchValue.TextList(texts);
  }

  private SearchValue literal(String name) {
    if (atEnd()) {
      throw refused("parameter -" + name + " needs a value");
    }
    char c = text.charAt(pos);
    String value;
    if (SINGLE.indexOf(c) >= 0) {
      value = quoted(SINGLE, name);
    } else if (DOUBLE.indexOf(c) >= 0) {
      value = quoted(DOUBLE, name);
      if (value.indexOf('$') >= 0 || value.indexOf('`') >= 0) {
        throw refused(
            "the double-quoted value of -"
                + name
                + " contains $ or a backtick, which PowerShell would expand; write it in single"
                + " quotes");
      }
    } else if (Character.isLetterOrDigit(c) || c == '_' || c == '*') {
      int start = pos;
      while (!atEnd() && bare(text.charAt(pos))) {
        pos++;
      }
      value = text.substring(start, pos);
      if (Character.isDigit(c)) {
        if (!value.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
          throw refused(
              "the value '"
                  + shorten(value)
                  + "' of -"
                  + name
                  + " starts with a digit but is not a whole number; quote it");
        }
        try {
          return SearchValue.number(Long.parseLong(value));
        } catch (NumberFormatException e) {
          throw refused("the number given to -" + name + " is too large");
        }
      }
    } else {
      throw refused(
          "the value of -"
              + name
              + " must be a literal: a word, a 'single-quoted' or \"double-quoted\" text or a"
              + " number (no variables, subexpressions or script blocks; position "
              + (pos + 1)
              + ")");
    }
    if (name.equals("Filter")) {
      checkFilter(value);
    }
    return SearchValue.text(value);
  }

  private static boolean bare(char c) {
    return Character.isLetterOrDigit(c) || BARE.indexOf(c) >= 0;
  }

  /** A quoted literal: a quote of the same family doubled stands for itself, as in PowerShell. */
  private String quoted(String quotes, String name) {
    pos++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (atEnd()) {
        throw refused("the quote of the value of -" + name + " is not closed");
      }
      char c = text.charAt(pos++);
      if (quotes.indexOf(c) >= 0) {
        if (!atEnd() && quotes.indexOf(text.charAt(pos)) >= 0) {
          c = text.charAt(pos++);
        } else {
          return value.toString();
        }
      }
      value.append(c);
    }
  }

  private static void checkFilter(String filter) {
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
    Optional<String> problem = OpathSyntax.problem(filter);
    if (problem.isPresent()) {
      throw refused(problem.get());
    }
  }

  private List<String> select() {
    skipSpace();
    String stage = word();
    if (stage.equalsIgnoreCase("Where-Object")
        || stage.equalsIgnoreCase("where")
        || (stage.isEmpty() && !atEnd() && text.charAt(pos) == '?')) {
      throw refused(whereAdvice(text.substring(stage.isEmpty() ? pos + 1 : pos)));
    }
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
      if (!skipSpace()) {
        throw unexpected();
      }
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

  /** The refusal of a Where-Object stage, naming the -Filter that does the same on the server. */
  static String whereAdvice(String stage) {
    Matcher m = WHERE.matcher(stage);
    String general =
        "a Where-Object stage is not allowed; filter on the server with -Filter \"Property -op"
            + " 'value'\" instead";
    if (!m.matches()) {
      return general;
    }
    String value = m.group(3);
    if (value.length() >= 2 && DOUBLE.indexOf(value.charAt(0)) >= 0) {
      value = "'" + value.substring(1, value.length() - 1).replace("'", "''") + "'";
    }
    String filter = m.group(1) + " " + m.group(2) + " " + value;
    if (OpathSyntax.problem(filter).isPresent()) {
      return general;
    }
    return "a Where-Object stage is not allowed; filter on the server instead with -Filter \""
        + shorten(filter)
        + "\"";
  }

  /** Letters, digits and hyphens: a cmdlet, parameter name or stage name. */
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
            + ". Only read-only queries run: Get-X [-Parameter literal]…"
            + " [| Select-Object [properties]], with Get-X one of "
            + SearchQuery.CMDLETS.stream().sorted().toList()
            + ", parameters of Get-X written in full, literals as words, 'quoted' texts or numbers,"
            + " and -Filter in OPATH");
  }
}
