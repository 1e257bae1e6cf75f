package io.exchangekit.emulator.exchange.ps;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.exchangekit.emulator.exchange.ps.Ast.Literal;
import io.exchangekit.emulator.exchange.ps.Ast.PipelineStatement;
import io.exchangekit.emulator.exchange.ps.Ast.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ParserProperties {

  /** Pieces an attacker would try: all five single quotes, double quotes, $(), backticks, ;, |. */
  private static final List<String> HOSTILE =
      List.of(
          "'",
          "\u2018",
          "\u2019",
          "\u201A",
          "\u201B",
          "\"",
          "\u201C",
          "$(",
          ")",
          "`",
          ";",
          "|",
          "$x",
          "@{",
          "}",
          " -Confirm:$false",
          "Remove-Mailbox x",
          "\uD83D\uDE00",
          "#",
          "&",
          "\u2013",
          "a",
          "O",
          "B",
          " ");

  private static Gen<String> hostileStrings() {
    Gen<String> piece = integers().between(0, HOSTILE.size() - 1).map(HOSTILE::get);
    Gen<String> mixed =
        lists()
            .of(piece.mix(strings().allPossible().ofLengthBetween(0, 3), 30))
            .ofSizeBetween(0, 12)
            .map(l -> String.join("", l));
    return mixed.map(s -> s.replace("\n", "").replace("\r", ""));
  }

  static String quote(String s) {
    return "'" + s.replaceAll("(['\u2018\u2019\u201A\u201B])", "$1$1") + "'";
  }

  @Test
  void givenAnyString_singleQuotedWithDoubling_parsesBackToItselfAsOneStatement() {
    qt().withExamples(3000)
        .forAll(hostileStrings())
        .check(
            s -> {
              List<Statement> statements = Parser.parse(quote(s));
              return statements.size() == 1
                  && statements.get(0) instanceof PipelineStatement p
                  && p.pipeline().elements().size() == 1
                  && p.pipeline().elements().get(0) instanceof Ast.ExpressionElement e
                  && e.expression() instanceof Literal l
                  && s.equals(l.value());
            });
  }

  @Test
  void givenAnyString_asQuotedParameterValue_staysOneArgumentOfOneCommand() {
    qt().withExamples(2000)
        .forAll(hostileStrings())
        .check(
            s -> {
              List<Statement> statements =
                  Parser.parse("Set-Mailbox -Identity " + quote(s) + " -Confirm:$false");
              if (statements.size() != 1
                  || !(statements.get(0) instanceof PipelineStatement p)
                  || p.pipeline().elements().size() != 1
                  || !(p.pipeline().elements().get(0) instanceof Ast.Command c)) {
                return false;
              }
              return c.arguments().size() == 3
                  && c.arguments().get(1) instanceof Ast.PositionalArgument a
                  && a.value() instanceof Literal l
                  && s.equals(l.value());
            });
  }

  @Test
  void givenStringWithASingleQuoteNotDoubled_parse_neverYieldsTheOriginalValue() {
    qt().withExamples(1000)
        .forAll(hostileStrings(), integers().between(0, 4), hostileStrings())
        .check(
            (a, q, b) -> {
              String s = a + "'\u2018\u2019\u201A\u201B".charAt(q) + b;
              try {
                List<Statement> st = Parser.parse("'" + s + "'");
                return !(st.size() == 1
                    && st.get(0) instanceof PipelineStatement p
                    && p.pipeline().elements().get(0) instanceof Ast.ExpressionElement e
                    && e.expression() instanceof Literal l
                    && s.equals(l.value()));
              } catch (ParseException e) {
                return true;
              }
            });
  }

  @Test
  void givenTheHostileGenerator_samples_containQuotesOften() {
    java.util.concurrent.atomic.AtomicInteger withQuote =
        new java.util.concurrent.atomic.AtomicInteger();
    qt().withExamples(500)
        .forAll(hostileStrings())
        .check(
            s -> {
              if (s.chars().anyMatch(c -> Parser.isSingleQuote((char) c))) {
                withQuote.incrementAndGet();
              }
              return true;
            });
    org.junit.jupiter.api.Assertions.assertTrue(withQuote.get() > 100, "only " + withQuote.get());
  }
}
