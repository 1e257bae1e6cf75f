package io.exchangekit.emulator.exchange.ps;

import java.util.List;

/** Syntax tree of the PowerShell subset the emulator understands. */
final class Ast {
  private Ast() {}

  sealed interface Statement permits Assign, Try, PipelineStatement {}

  /** {@code $name = pipeline}. */
  record Assign(String variable, Pipeline value) implements Statement {}

  /** {@code try { body } catch { handler }}. */
  record Try(List<Statement> body, List<Statement> handler) implements Statement {}

  record PipelineStatement(Pipeline pipeline) implements Statement {}

  /** Elements joined by {@code |}; redirections such as {@code 3>$null} at the end. */
  record Pipeline(List<Element> elements, List<String> redirections) {}

  sealed interface Element permits Command, ExpressionElement {}

  record Command(String name, List<Argument> arguments) implements Element {}

  record ExpressionElement(Expr expression) implements Element {}

  sealed interface Argument permits NamedArgument, PositionalArgument, Splat {}

  /**
   * {@code -Name}, {@code -Name value} or {@code -Name:value}; {@code value} is null for a bare
   * switch; {@code colon} tells whether the value was attached with a colon.
   */
  record NamedArgument(String name, Expr value, boolean colon) implements Argument {}

  record PositionalArgument(Expr value) implements Argument {}

  record Splat(String variable) implements Argument {}

  sealed interface Expr
      permits Literal,
          Expandable,
          Variable,
          Member,
          Index,
          ArrayExpr,
          SubExpr,
          Paren,
          HashLiteral,
          Cast,
          ScriptBlock,
          ArrayLiteral,
          Binary,
          Not {}

  record Literal(Object value) implements Expr {}

  /** A double-quoted string: literal text and embedded expressions. */
  record Expandable(List<Object> parts) implements Expr {}

  record Variable(String name) implements Expr {}

  record Member(Expr target, String name) implements Expr {}

  record Index(Expr target, Expr index) implements Expr {}

  /** {@code @( statements )}. */
  record ArrayExpr(List<Statement> statements) implements Expr {}

  /** {@code $( statements )}. */
  record SubExpr(List<Statement> statements) implements Expr {}

  record Paren(Pipeline pipeline) implements Expr {}

  record HashEntry(String key, Pipeline value) {}

  record HashLiteral(List<HashEntry> entries) implements Expr {}

  record Cast(String type, Expr operand) implements Expr {}

  record ScriptBlock(List<Statement> statements, String text) implements Expr {}

  record ArrayLiteral(List<Expr> items) implements Expr {}

  record Binary(String operator, Expr left, Expr right) implements Expr {}

  record Not(Expr operand) implements Expr {}
}
