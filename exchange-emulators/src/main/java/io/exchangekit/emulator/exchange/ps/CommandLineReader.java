package io.exchangekit.emulator.exchange.ps;

import io.exchangekit.emulator.exchange.ps.Ast.Argument;
import io.exchangekit.emulator.exchange.ps.Ast.ArrayExpr;
import io.exchangekit.emulator.exchange.ps.Ast.ArrayLiteral;
import io.exchangekit.emulator.exchange.ps.Ast.Command;
import io.exchangekit.emulator.exchange.ps.Ast.Expr;
import io.exchangekit.emulator.exchange.ps.Ast.ExpressionElement;
import io.exchangekit.emulator.exchange.ps.Ast.HashLiteral;
import io.exchangekit.emulator.exchange.ps.Ast.Literal;
import io.exchangekit.emulator.exchange.ps.Ast.NamedArgument;
import io.exchangekit.emulator.exchange.ps.Ast.Paren;
import io.exchangekit.emulator.exchange.ps.Ast.Pipeline;
import io.exchangekit.emulator.exchange.ps.Ast.PipelineStatement;
import io.exchangekit.emulator.exchange.ps.Ast.PositionalArgument;
import io.exchangekit.emulator.exchange.ps.Ast.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads command lines with the emulator's PowerShell parser (written independently of the adapters'
 * renderer) into plain data, so that a test can check that a rendered line carries exactly its
 * values and nothing else. Only literal values are accepted: texts, numbers, {@code $true}/{@code
 * $false}/{@code $null}, arrays, hash tables and parenthesised commands; anything that PowerShell
 * would evaluate (a variable, an expandable string, a subexpression) is refused.
 */
public final class CommandLineReader {
  private CommandLineReader() {}

  /**
   * One command: its name, its named parameters with their values (a switch reads as {@code TRUE};
   * an array as a List; a hash table as a Map; a parenthesised command as a ReadCommand), and its
   * redirections.
   */
  public record ReadCommand(
      String name, Map<String, Object> parameters, List<String> redirections) {}

  /**
   * @throws IllegalArgumentException when the line does not parse, or holds anything but commands
   *     with literal arguments
   */
  public static List<ReadCommand> read(String line) {
    List<Statement> statements;
    try {
      statements = Parser.parse(line);
    } catch (ParseException e) {
      throw new IllegalArgumentException("does not parse: " + e.getMessage(), e);
    }
    List<ReadCommand> commands = new ArrayList<>();
    for (Statement s : statements) {
      if (!(s instanceof PipelineStatement p)) {
        throw new IllegalArgumentException("not a command: " + s);
      }
      commands.add(command(p.pipeline()));
    }
    return commands;
  }

  private static ReadCommand command(Pipeline pipeline) {
    if (pipeline.elements().size() != 1 || !(pipeline.elements().get(0) instanceof Command c)) {
      throw new IllegalArgumentException("not a single command: " + pipeline);
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    List<Argument> args = c.arguments();
    for (int i = 0; i < args.size(); i++) {
      if (!(args.get(i) instanceof NamedArgument named)) {
        throw new IllegalArgumentException("a value without a parameter name: " + args.get(i));
      }
      Object value;
      if (named.colon()) {
        value = data(named.value());
      } else if (i + 1 < args.size() && args.get(i + 1) instanceof PositionalArgument next) {
        value = data(next.value());
        i++;
      } else {
        value = Boolean.TRUE;
      }
      if (parameters.containsKey(named.name())) {
        throw new IllegalArgumentException("-" + named.name() + " given twice");
      }
      parameters.put(named.name(), value);
    }
    return new ReadCommand(c.name(), parameters, pipeline.redirections());
  }

  private static Object data(Expr e) {
    if (e instanceof Literal l) {
      return l.value();
    }
    if (e instanceof ArrayLiteral a) {
      return a.items().stream().map(CommandLineReader::data).toList();
    }
    if (e instanceof ArrayExpr a) {
      List<Object> items = new ArrayList<>();
      for (Statement s : a.statements()) {
        Object v = data(expression(s));
        if (v instanceof List<?> l) {
          items.addAll(l);
        } else {
          items.add(v);
        }
      }
      return items;
    }
    if (e instanceof HashLiteral h) {
      Map<String, Object> m = new LinkedHashMap<>();
      h.entries().forEach(entry -> m.put(entry.key(), data(expression(entry.value()))));
      return m;
    }
    if (e instanceof Paren p) {
      return command(p.pipeline());
    }
    throw new IllegalArgumentException("not a literal: " + e);
  }

  private static Expr expression(Statement s) {
    if (s instanceof PipelineStatement p) {
      return expression(p.pipeline());
    }
    throw new IllegalArgumentException("not an expression: " + s);
  }

  private static Expr expression(Pipeline p) {
    if (p.elements().size() == 1 && p.elements().get(0) instanceof ExpressionElement e) {
      return e.expression();
    }
    throw new IllegalArgumentException("not an expression: " + p);
  }
}
