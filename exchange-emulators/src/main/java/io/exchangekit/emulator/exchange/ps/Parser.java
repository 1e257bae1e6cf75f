package io.exchangekit.emulator.exchange.ps;

import io.exchangekit.emulator.exchange.ps.Ast.Argument;
import io.exchangekit.emulator.exchange.ps.Ast.ArrayExpr;
import io.exchangekit.emulator.exchange.ps.Ast.ArrayLiteral;
import io.exchangekit.emulator.exchange.ps.Ast.Assign;
import io.exchangekit.emulator.exchange.ps.Ast.Binary;
import io.exchangekit.emulator.exchange.ps.Ast.Cast;
import io.exchangekit.emulator.exchange.ps.Ast.Command;
import io.exchangekit.emulator.exchange.ps.Ast.Element;
import io.exchangekit.emulator.exchange.ps.Ast.Expandable;
import io.exchangekit.emulator.exchange.ps.Ast.Expr;
import io.exchangekit.emulator.exchange.ps.Ast.ExpressionElement;
import io.exchangekit.emulator.exchange.ps.Ast.HashEntry;
import io.exchangekit.emulator.exchange.ps.Ast.HashLiteral;
import io.exchangekit.emulator.exchange.ps.Ast.Index;
import io.exchangekit.emulator.exchange.ps.Ast.Literal;
import io.exchangekit.emulator.exchange.ps.Ast.Member;
import io.exchangekit.emulator.exchange.ps.Ast.NamedArgument;
import io.exchangekit.emulator.exchange.ps.Ast.Not;
import io.exchangekit.emulator.exchange.ps.Ast.Paren;
import io.exchangekit.emulator.exchange.ps.Ast.Pipeline;
import io.exchangekit.emulator.exchange.ps.Ast.PipelineStatement;
import io.exchangekit.emulator.exchange.ps.Ast.PositionalArgument;
import io.exchangekit.emulator.exchange.ps.Ast.ScriptBlock;
import io.exchangekit.emulator.exchange.ps.Ast.Splat;
import io.exchangekit.emulator.exchange.ps.Ast.Statement;
import io.exchangekit.emulator.exchange.ps.Ast.SubExpr;
import io.exchangekit.emulator.exchange.ps.Ast.Try;
import io.exchangekit.emulator.exchange.ps.Ast.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scannerless recursive-descent parser for the PowerShell subset the adapters emit. It follows
 * PowerShell's two parsing modes (expression mode and argument mode) and its quoting rules: five
 * single-quote characters with doubling, four double-quote characters with backtick escapes and
 * {@code $var}/{@code $( )} expansion, four dash characters. Anything outside the subset is a
 * {@link ParseException}, never skipped.
 */
final class Parser {

  private static final Set<String> COMPARISON =
      Set.of(
          "eq",
          "ne",
          "gt",
          "ge",
          "lt",
          "le",
          "like",
          "notlike",
          "match",
          "notmatch",
          "contains",
          "notcontains",
          "in",
          "notin",
          "ieq",
          "ine",
          "ceq",
          "cne",
          "ilike",
          "clike");

  private static final Set<String> KEYWORDS =
      Set.of(
          "if",
          "elseif",
          "else",
          "foreach",
          "for",
          "while",
          "do",
          "until",
          "switch",
          "function",
          "filter",
          "workflow",
          "return",
          "throw",
          "break",
          "continue",
          "exit",
          "param",
          "begin",
          "process",
          "end",
          "trap",
          "data",
          "dynamicparam",
          "class",
          "enum",
          "using",
          "finally");

  private final String src;
  private int pos;

  private Parser(String src) {
    this.src = src;
  }

  /** Parses a whole script (one or more statements). */
  static List<Statement> parse(String script) {
    Parser p = new Parser(script);
    List<Statement> statements = p.statements(false);
    p.skipSpaceAndNewlines();
    if (!p.atEnd()) {
      throw p.unexpected();
    }
    return statements;
  }

  static boolean isSingleQuote(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
  }

  static boolean isDoubleQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
  }

  static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
  }

  // ---------------------------------------------------------------- statements

  private List<Statement> statements(boolean inBlock) {
    List<Statement> out = new ArrayList<>();
    while (true) {
      skipSpaceAndNewlines();
      while (peek() == ';') {
        pos++;
        skipSpaceAndNewlines();
      }
      if (atEnd() || peek() == '}' || peek() == ')') {
        if (!inBlock && !atEnd()) {
          throw unexpected();
        }
        return out;
      }
      out.add(statement());
      skipSpace();
      if (atEnd() || peek() == '}' || peek() == ')') {
        continue;
      }
      if (peek() == ';' || peek() == '\n' || peek() == '\r') {
        pos++;
        continue;
      }
      throw unexpected();
    }
  }

  private Statement statement() {
    if (keywordAhead("try")) {
      pos += 3;
      List<Statement> body = block();
      skipSpaceAndNewlines();
      if (!keywordAhead("catch")) {
        throw error(
            "The Try statement is missing its Catch or Finally block.", "MissingCatchOrFinally");
      }
      pos += 5;
      List<Statement> handler = block();
      return new Try(body, handler);
    }
    int save = pos;
    if (peek() == '$') {
      String name = variableName();
      if (name != null) {
        skipSpace();
        if (peek() == '=' && peekAt(1) != '=') {
          pos++;
          skipSpace();
          if (atEnd() || peek() == ';') {
            throw error(
                "You must provide a value expression following the '=' operator.",
                "ExpectedValueExpression");
          }
          return new Assign(name, pipeline());
        }
      }
      pos = save;
    }
    return new PipelineStatement(pipeline());
  }

  private List<Statement> block() {
    skipSpaceAndNewlines();
    if (peek() != '{') {
      throw error("Missing statement block.", "MissingStatementBlock");
    }
    pos++;
    List<Statement> body = statements(true);
    skipSpaceAndNewlines();
    if (peek() != '}') {
      throw missingClosing('}');
    }
    pos++;
    return body;
  }

  private boolean keywordAhead(String kw) {
    if (!src.regionMatches(true, pos, kw, 0, kw.length())) {
      return false;
    }
    char next = peekAt(kw.length());
    return next == 0 || next == '{' || isBlank(next) || next == '\n' || next == '\r';
  }

  // ---------------------------------------------------------------- pipelines and commands

  private Pipeline pipeline() {
    List<Element> elements = new ArrayList<>();
    List<String> redirections = new ArrayList<>();
    skipSpace();
    rejectKeyword();
    elements.add(startsCommand() ? command(redirections) : expressionElement(redirections));
    while (true) {
      skipSpace();
      if (peek() != '|') {
        break;
      }
      pos++;
      skipSpaceAndNewlines();
      if (!startsCommand()) {
        throw error(
            "Expressions are only allowed as the first element of a pipeline.",
            "ExpressionsMustBeFirstInPipeline");
      }
      elements.add(command(redirections));
    }
    return new Pipeline(List.copyOf(elements), List.copyOf(redirections));
  }

  /** PowerShell keywords outside the subset are parse errors, not commands. */
  private void rejectKeyword() {
    int e = pos;
    while (e < src.length() && Character.isLetter(src.charAt(e))) {
      e++;
    }
    String word = src.substring(pos, e).toLowerCase(Locale.ROOT);
    char after = e < src.length() ? src.charAt(e) : 0;
    if (KEYWORDS.contains(word) && after != '-' && !isNameChar(after)) {
      throw error(
          "The '" + word + "' keyword is outside the PowerShell subset this host supports.",
          "UnsupportedKeyword");
    }
  }

  private ExpressionElement expressionElement(List<String> redirections) {
    Expr e = expression();
    skipSpace();
    redirection(redirections);
    return new ExpressionElement(e);
  }

  private boolean startsCommand() {
    char c = peek();
    if (c == '%' || c == '?') {
      return true;
    }
    if (!Character.isLetter(c)) {
      return false;
    }
    return !(keywordAhead("try") || keywordAhead("catch"));
  }

  private Command command(List<String> redirections) {
    int start = pos;
    while (!atEnd() && !isArgumentDelimiter(peek())) {
      pos++;
    }
    String name = src.substring(start, pos);
    List<Argument> args = new ArrayList<>();
    while (true) {
      skipSpace();
      char c = peek();
      if (atEnd() || c == ';' || c == '|' || c == ')' || c == '}' || c == '\n' || c == '\r') {
        break;
      }
      if (redirection(redirections)) {
        continue;
      }
      if (isDash(c) && Character.isLetter(peekAt(1))) {
        pos++;
        int s = pos;
        while (Character.isLetterOrDigit(peek()) || peek() == '_') {
          pos++;
        }
        String param = src.substring(s, pos);
        if (peek() == ':') {
          pos++;
          if (atEnd() || isBlank(peek()) || peek() == '\n' || peek() == '\r' || peek() == ';') {
            throw error("Missing an argument for parameter '" + param + "'.", "MissingArgument");
          }
          args.add(new NamedArgument(param, argumentValue(), true));
        } else {
          args.add(new NamedArgument(param, null, false));
        }
        continue;
      }
      if (c == '@' && Character.isLetter(peekAt(1))) {
        pos++;
        int s = pos;
        while (Character.isLetterOrDigit(peek()) || peek() == '_') {
          pos++;
        }
        args.add(new Splat(src.substring(s, pos)));
        continue;
      }
      int before = pos;
      args.add(new PositionalArgument(argumentValue()));
      if (pos == before) {
        throw error("Unexpected token '" + c + "' in expression or statement.", "UnexpectedToken");
      }
    }
    return new Command(name, List.copyOf(args));
  }

  private boolean redirection(List<String> redirections) {
    int save = pos;
    StringBuilder r = new StringBuilder();
    char c = peek();
    if ((c >= '1' && c <= '6') || c == '*') {
      if (peekAt(1) != '>') {
        return false;
      }
      r.append(c);
      pos++;
    } else if (c != '>') {
      return false;
    }
    pos++;
    r.append('>');
    skipSpace();
    if (src.startsWith("$null", pos) && !isNameChar(peekAt(5))) {
      pos += 5;
      r.append("$null");
    } else if (src.startsWith("&1", pos)) {
      pos += 2;
      r.append("&1");
    } else {
      pos = save;
      throw error(
          "Only redirections to $null or &1 are supported by this host.",
          "RedirectionNotSupported");
    }
    redirections.add(r.toString());
    return true;
  }

  /**
   * PowerShell's blank between tokens: space, tab, vertical tab, form feed and Unicode's space,
   * line and paragraph separators (the tokenizer's char.IsSeparator); CR and LF end a statement.
   */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || Character.isSpaceChar(c);
  }

  private static boolean isArgumentDelimiter(char c) {
    return isBlank(c)
        || c == '\n'
        || c == '\r'
        || c == ';'
        || c == '|'
        || c == '('
        || c == ')'
        || c == '{'
        || c == '}'
        || c == ','
        || c == 0;
  }

  /** A value in argument mode, with comma lists. */
  private Expr argumentValue() {
    List<Expr> items = new ArrayList<>();
    items.add(argumentPrimary());
    while (true) {
      int save = pos;
      skipSpace();
      if (peek() == ',') {
        pos++;
        skipSpaceAndNewlines();
        items.add(argumentPrimary());
      } else {
        pos = save;
        break;
      }
    }
    return items.size() == 1 ? items.get(0) : new ArrayLiteral(List.copyOf(items));
  }

  private Expr argumentPrimary() {
    char c = peek();
    if (isSingleQuote(c)
        || isDoubleQuote(c)
        || c == '$'
        || c == '('
        || c == '@'
        || c == '{'
        || c == '[') {
      return postfix(primary());
    }
    if (c == ',' || c == ';' || c == '|' || c == ')' || c == '}' || atEnd()) {
      throw error("Missing expression after ','.", "MissingExpression");
    }
    // a generic token: quoted sections inside it are part of the same argument
    List<Object> parts = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    while (!atEnd() && !isArgumentDelimiter(peek())) {
      char ch = peek();
      if (isSingleQuote(ch)) {
        sb.append(singleQuoted());
      } else if (isDoubleQuote(ch)) {
        if (sb.length() > 0) {
          parts.add(sb.toString());
          sb.setLength(0);
        }
        parts.addAll(((Expandable) doubleQuoted()).parts());
      } else {
        sb.append(ch);
        pos++;
      }
    }
    if (sb.length() > 0 || parts.isEmpty()) {
      parts.add(sb.toString());
    }
    if (parts.size() == 1 && parts.get(0) instanceof String word) {
      return word.matches("[0-9]+") ? new Literal(number(word)) : new Literal(word);
    }
    return new Expandable(List.copyOf(parts));
  }

  // ---------------------------------------------------------------- expressions

  private Expr expression() {
    Expr left = comparison();
    while (true) {
      int save = pos;
      skipSpace();
      String op = operatorAhead();
      if (op != null && (op.equals("and") || op.equals("or"))) {
        pos += op.length() + 1;
        skipSpaceAndNewlines();
        left = new Binary(op, left, comparison());
      } else {
        pos = save;
        return left;
      }
    }
  }

  private Expr comparison() {
    Expr left = comma();
    while (true) {
      int save = pos;
      skipSpace();
      String op = operatorAhead();
      if (op != null && COMPARISON.contains(op)) {
        pos += op.length() + 1;
        skipSpaceAndNewlines();
        left = new Binary(op, left, comma());
      } else {
        pos = save;
        return left;
      }
    }
  }

  private String operatorAhead() {
    if (!isDash(peek())) {
      return null;
    }
    int s = pos + 1;
    int e = s;
    while (e < src.length() && Character.isLetter(src.charAt(e))) {
      e++;
    }
    return e == s ? null : src.substring(s, e).toLowerCase(Locale.ROOT);
  }

  private Expr comma() {
    List<Expr> items = new ArrayList<>();
    items.add(unary());
    while (true) {
      int save = pos;
      skipSpace();
      if (peek() == ',') {
        pos++;
        skipSpaceAndNewlines();
        items.add(unary());
      } else {
        pos = save;
        break;
      }
    }
    return items.size() == 1 ? items.get(0) : new ArrayLiteral(List.copyOf(items));
  }

  private Expr unary() {
    skipSpace();
    if (peek() == '!') {
      pos++;
      return new Not(unary());
    }
    String op = operatorAhead();
    if ("not".equals(op)) {
      pos += 4;
      skipSpace();
      return new Not(unary());
    }
    if (peek() == '[') {
      int save = pos;
      pos++;
      int s = pos;
      while (Character.isLetterOrDigit(peek()) || peek() == '.' || peek() == '_') {
        pos++;
      }
      if (pos > s && peek() == ']') {
        String type = src.substring(s, pos);
        pos++;
        skipSpace();
        return new Cast(type, unary());
      }
      pos = save;
    }
    return postfix(primary());
  }

  private Expr postfix(Expr e) {
    while (true) {
      if (peek() == '.' && (Character.isLetter(peekAt(1)) || peekAt(1) == '_')) {
        pos++;
        int s = pos;
        while (isNameChar(peek())) {
          pos++;
        }
        String name = src.substring(s, pos);
        if (peek() == '(') {
          throw error(
              "Method invocation is not supported by this host: '" + name + "'.",
              "MethodInvocationNotSupported");
        }
        e = new Member(e, name);
      } else if (peek() == '[') {
        pos++;
        skipSpace();
        Expr index = expression();
        skipSpace();
        if (peek() != ']') {
          throw error(
              "Array index expression is missing or not valid.", "MissingArrayIndexExpression");
        }
        pos++;
        e = new Index(e, index);
      } else {
        return e;
      }
    }
  }

  private Expr primary() {
    char c = peek();
    if (isSingleQuote(c)) {
      return new Literal(singleQuoted());
    }
    if (isDoubleQuote(c)) {
      return doubleQuoted();
    }
    if (c == '$') {
      if (peekAt(1) == '(') {
        pos += 2;
        List<Statement> body = statements(true);
        expectClosing(')');
        return new SubExpr(body);
      }
      String name = variableName();
      if (name == null) {
        throw error(
            "Variable reference is not valid. '$' was not followed by a valid variable name character.",
            "InvalidVariableReference");
      }
      switch (name.toLowerCase(Locale.ROOT)) {
        case "true":
          return new Literal(Boolean.TRUE);
        case "false":
          return new Literal(Boolean.FALSE);
        case "null":
          return new Literal(null);
        default:
          return new Variable(name);
      }
    }
    if (c == '(') {
      pos++;
      skipSpaceAndNewlines();
      Pipeline p = pipeline();
      skipSpaceAndNewlines();
      expectClosing(')');
      return new Paren(p);
    }
    if (c == '@' && peekAt(1) == '(') {
      pos += 2;
      List<Statement> body = statements(true);
      expectClosing(')');
      return new ArrayExpr(body);
    }
    if (c == '@' && peekAt(1) == '{') {
      pos += 2;
      return hashLiteral();
    }
    if (c == '{') {
      int start = pos;
      pos++;
      List<Statement> body = statements(true);
      expectClosing('}');
      return new ScriptBlock(body, src.substring(start + 1, pos - 1));
    }
    if (Character.isDigit(c)) {
      int s = pos;
      while (Character.isDigit(peek())) {
        pos++;
      }
      if (peek() == '.' && Character.isDigit(peekAt(1))) {
        pos++;
        while (Character.isDigit(peek())) {
          pos++;
        }
        return new Literal(Double.valueOf(src.substring(s, pos)));
      }
      return new Literal(number(src.substring(s, pos)));
    }
    throw unexpected();
  }

  private Expr hashLiteral() {
    List<HashEntry> entries = new ArrayList<>();
    while (true) {
      skipSpaceAndNewlines();
      while (peek() == ';') {
        pos++;
        skipSpaceAndNewlines();
      }
      if (peek() == '}') {
        pos++;
        return new HashLiteral(List.copyOf(entries));
      }
      if (atEnd()) {
        throw missingClosing('}');
      }
      String key;
      if (isSingleQuote(peek())) {
        key = singleQuoted();
      } else if (isDoubleQuote(peek())) {
        Expr k = doubleQuoted();
        if (!(k instanceof Expandable x)
            || x.parts().size() != 1
            || !(x.parts().get(0) instanceof String)) {
          throw error("A hash key must be a constant.", "InvalidHashKey");
        }
        key = (String) ((Expandable) k).parts().get(0);
      } else if (Character.isLetterOrDigit(peek()) || peek() == '_') {
        int s = pos;
        while (isNameChar(peek()) || peek() == '-') {
          pos++;
        }
        key = src.substring(s, pos);
      } else {
        throw error("Missing key before '=' in hash literal.", "MissingEqualsInHashLiteral");
      }
      skipSpace();
      if (peek() != '=') {
        throw error(
            "Missing '=' operator after key in hash literal.", "MissingEqualsInHashLiteral");
      }
      pos++;
      skipSpaceAndNewlines();
      if (peek() == '}' || peek() == ';' || atEnd()) {
        throw error(
            "Missing statement after '=' in hash literal.", "MissingStatementInHashLiteral");
      }
      entries.add(new HashEntry(key, pipeline()));
      skipSpace();
      if (peek() != ';' && peek() != '}' && peek() != '\n' && peek() != '\r') {
        throw error(
            "Missing '=' operator after key in hash literal.", "MissingEqualsInHashLiteral");
      }
    }
  }

  // ---------------------------------------------------------------- strings

  private String singleQuoted() {
    int start = pos;
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (atEnd()) {
        pos = start;
        throw error("The string is missing the terminator: '.", "TerminatorExpectedAtEndOfString");
      }
      char c = src.charAt(pos++);
      if (isSingleQuote(c)) {
        if (!atEnd() && isSingleQuote(peek())) {
          c = src.charAt(pos++);
        } else {
          return sb.toString();
        }
      }
      sb.append(c);
    }
  }

  private Expr doubleQuoted() {
    int start = pos;
    pos++;
    List<Object> parts = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (atEnd()) {
        pos = start;
        throw error("The string is missing the terminator: \".", "TerminatorExpectedAtEndOfString");
      }
      char c = src.charAt(pos++);
      if (isDoubleQuote(c)) {
        if (!atEnd() && isDoubleQuote(peek())) {
          sb.append(src.charAt(pos++));
          continue;
        }
        break;
      }
      if (c == '`') {
        if (atEnd()) {
          continue;
        }
        char e = src.charAt(pos++);
        sb.append(
            switch (e) {
              case '0' -> '\0';
              case 'a' -> '\u0007';
              case 'b' -> '\b';
              case 'f' -> '\f';
              case 'n' -> '\n';
              case 'r' -> '\r';
              case 't' -> '\t';
              case 'v' -> '\u000B';
              default -> e;
            });
        continue;
      }
      if (c == '$') {
        if (peek() == '(') {
          pos++;
          if (sb.length() > 0) {
            parts.add(sb.toString());
            sb.setLength(0);
          }
          List<Statement> body = statements(true);
          expectClosing(')');
          parts.add(new SubExpr(body));
          continue;
        }
        pos--;
        String name = variableName();
        if (name == null) {
          pos++;
          sb.append('$');
          continue;
        }
        if (sb.length() > 0) {
          parts.add(sb.toString());
          sb.setLength(0);
        }
        parts.add(
            switch (name.toLowerCase(Locale.ROOT)) {
              case "true" -> new Literal(Boolean.TRUE);
              case "false" -> new Literal(Boolean.FALSE);
              case "null" -> new Literal(null);
              default -> new Variable(name);
            });
        continue;
      }
      sb.append(c);
    }
    if (sb.length() > 0 || parts.isEmpty()) {
      parts.add(sb.toString());
    }
    return new Expandable(List.copyOf(parts));
  }

  // ---------------------------------------------------------------- helpers

  /** Reads {@code $name}, {@code $_} or {@code $?} at pos; null (pos unchanged) if none. */
  private String variableName() {
    if (peek() != '$') {
      return null;
    }
    char n = peekAt(1);
    if (n == '?' || n == '_' && !isNameChar(peekAt(2))) {
      pos += 2;
      return String.valueOf(n);
    }
    if (n == '{') {
      throw error(
          "Braced variable names are not supported by this host.", "BracedVariableNotSupported");
    }
    int s = pos + 1;
    int e = s;
    while (e < src.length() && isNameChar(src.charAt(e))) {
      e++;
    }
    if (e == s) {
      return null;
    }
    pos = e;
    return src.substring(s, e);
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static Object number(String digits) {
    long v = Long.parseLong(digits);
    return v <= Integer.MAX_VALUE ? (Object) (int) v : (Object) v;
  }

  private void expectClosing(char c) {
    skipSpaceAndNewlines();
    if (peek() != c) {
      throw missingClosing(c);
    }
    pos++;
  }

  private ParseException missingClosing(char c) {
    return c == ')'
        ? error("Missing closing ')' in expression.", "MissingEndParenthesisInExpression")
        : error(
            "Missing closing '}' in statement block or type definition.", "MissingEndCurlyBrace");
  }

  private ParseException unexpected() {
    if (atEnd()) {
      return error("An expression was expected after '('.", "ExpectedExpression");
    }
    int e = pos;
    while (e < src.length() && !Character.isWhitespace(src.charAt(e)) && e - pos < 40) {
      e++;
    }
    return error(
        "Unexpected token '"
            + src.substring(pos, Math.max(e, pos + 1))
            + "' in expression or statement.",
        "UnexpectedToken");
  }

  private ParseException error(String message, String errorId) {
    return new ParseException(message, errorId, src, pos);
  }

  private void skipSpace() {
    while (!atEnd()) {
      char c = peek();
      if (isBlank(c)) {
        pos++;
      } else if (c == '`' && (peekAt(1) == '\n' || peekAt(1) == '\r')) {
        pos += 2;
      } else if (c == '#') {
        while (!atEnd() && peek() != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private void skipSpaceAndNewlines() {
    while (true) {
      skipSpace();
      if (peek() == '\n' || peek() == '\r') {
        pos++;
      } else {
        return;
      }
    }
  }

  private boolean atEnd() {
    return pos >= src.length();
  }

  private char peek() {
    return pos < src.length() ? src.charAt(pos) : 0;
  }

  private char peekAt(int offset) {
    int i = pos + offset;
    return i < src.length() ? src.charAt(i) : 0;
  }
}
