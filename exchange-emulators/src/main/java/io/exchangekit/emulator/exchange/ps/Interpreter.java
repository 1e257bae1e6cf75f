package io.exchangekit.emulator.exchange.ps;

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
import io.exchangekit.emulator.exchange.ps.Ast.Not;
import io.exchangekit.emulator.exchange.ps.Ast.Paren;
import io.exchangekit.emulator.exchange.ps.Ast.Pipeline;
import io.exchangekit.emulator.exchange.ps.Ast.PipelineStatement;
import io.exchangekit.emulator.exchange.ps.Ast.ScriptBlock;
import io.exchangekit.emulator.exchange.ps.Ast.Statement;
import io.exchangekit.emulator.exchange.ps.Ast.SubExpr;
import io.exchangekit.emulator.exchange.ps.Ast.Try;
import io.exchangekit.emulator.exchange.ps.Ast.Variable;
import io.exchangekit.emulator.exchange.ps.Builtins.Builtin;
import io.exchangekit.emulator.exchange.ps.CmdletHost.CmdletException;
import io.exchangekit.emulator.exchange.ps.CmdletHost.Invocation;
import io.exchangekit.emulator.exchange.ps.ParameterBinder.Bound;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs parsed statements with PowerShell's semantics for the supported subset: variables,
 * pipelines, error records, {@code -ErrorAction}, {@code -ErrorVariable}, try/catch, confirmation
 * prompts and expressions. Parameter binding is {@link ParameterBinder}'s, PowerShell's own
 * commands are {@link Builtins}, the rest goes to the session's {@link CmdletHost}.
 */
final class Interpreter {

  /** Where output goes and where a prompt reads its answer. */
  interface Console {
    void write(String text);

    /** Writes {@code partialLine} without a newline and returns the next input line (or null). */
    String prompt(String partialLine);
  }

  private static final Map<String, String> ALIASES =
      Map.of(
          "%", "ForEach-Object",
          "foreach", "ForEach-Object",
          "?", "Where-Object",
          "where", "Where-Object",
          "select", "Select-Object",
          "echo", "Write-Output");

  private final CmdletHost host;
  private final Console console;
  private final String computerName;
  private final Map<String, Object> variables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final ParameterBinder binder;
  private boolean statementFailed;
  private boolean warningsDiscarded;
  private boolean mergeErrors;
  private boolean lastSucceeded = true;

  Interpreter(CmdletHost host, Console console, String computerName) {
    this.host = host;
    this.console = console;
    this.computerName = computerName;
    this.binder = new ParameterBinder(this::eval, variables, console);
    variables.put("ErrorActionPreference", "Continue");
    variables.put("WarningPreference", "Continue");
    variables.put("ProgressPreference", "Continue");
    variables.put("ConfirmPreference", "High");
    variables.put("Error", new ArrayList<>());
    variables.put("PID", (int) ProcessHandle.current().pid());
  }

  boolean lastSucceeded() {
    return lastSucceeded;
  }

  Object variable(String name) {
    return variables.get(name);
  }

  /** Runs one input line's statements, writing output and uncaught errors to the console. */
  void execute(List<Statement> script) {
    statementFailed = false;
    for (Statement s : script) {
      List<Object> out = new ArrayList<>();
      try {
        execStatement(s, out);
        print(out);
      } catch (TerminatingError e) {
        print(out);
        statementFailed = true;
        recordError(e.error);
        console.write(e.error.render(computerName) + "\n");
        if (e.script) {
          break;
        }
      }
    }
    lastSucceeded = !statementFailed;
  }

  private void print(List<Object> out) {
    for (Object o : out) {
      console.write(format(o));
    }
  }

  private String format(Object o) {
    if (o instanceof PsObject p && p.kind() != PsObject.Kind.HASHTABLE) {
      StringBuilder sb = new StringBuilder("\n");
      int width = p.properties().keySet().stream().mapToInt(String::length).max().orElse(0);
      p.properties()
          .forEach(
              (k, v) ->
                  sb.append(k)
                      .append(" ".repeat(width - k.length()))
                      .append(" : ")
                      .append(Values.toPsString(v))
                      .append('\n'));
      return sb.append('\n').toString();
    }
    if (o instanceof PsError e) {
      return e.render(computerName) + "\n";
    }
    return Values.toPsString(o) + "\n";
  }

  // ---------------------------------------------------------------- statements

  private void execStatements(List<Statement> statements, List<Object> out) {
    for (Statement s : statements) {
      execStatement(s, out);
    }
  }

  private void execStatement(Statement s, List<Object> out) {
    if (s instanceof Assign a) {
      Object v = pipelineValue(a.value());
      variables.put(a.variable(), v);
    } else if (s instanceof Try t) {
      List<Object> body = new ArrayList<>();
      try {
        execStatements(t.body(), body);
        out.addAll(body);
      } catch (TerminatingError e) {
        out.addAll(body);
        recordError(e.error);
        statementFailed = true;
        Object saved = variables.get("_");
        variables.put("_", e.error);
        try {
          execStatements(t.handler(), out);
        } finally {
          variables.put("_", saved);
        }
      }
    } else if (s instanceof PipelineStatement p) {
      out.addAll(runPipeline(p.pipeline()));
    }
  }

  @SuppressWarnings("unchecked")
  private void recordError(PsError e) {
    Object errors = variables.get("Error");
    if (errors instanceof List<?> list) {
      ((List<Object>) list).add(0, e);
    }
  }

  // ---------------------------------------------------------------- pipelines

  private List<Object> runPipeline(Pipeline p) {
    boolean discardOutput = false;
    boolean discardErrors = false;
    boolean savedWarnings = warningsDiscarded;
    boolean savedMerge = mergeErrors;
    for (String r : p.redirections()) {
      if (r.equals("3>$null") || r.equals("*>$null")) {
        warningsDiscarded = true;
      }
      if (r.equals(">$null") || r.equals("1>$null") || r.equals("*>$null")) {
        discardOutput = true;
      }
      if (r.equals("2>$null") || r.equals("*>$null")) {
        discardErrors = true;
      }
      if (r.equals("2>&1")) {
        mergeErrors = true;
      }
    }
    List<Object> current = null;
    try {
      for (int i = 0; i < p.elements().size(); i++) {
        Element el = p.elements().get(i);
        if (el instanceof ExpressionElement ee) {
          current = Values.unroll(eval(ee.expression()));
        } else {
          current = invoke((Command) el, i == 0 ? null : current, discardErrors);
        }
      }
    } finally {
      warningsDiscarded = savedWarnings;
      mergeErrors = savedMerge;
    }
    return discardOutput ? new ArrayList<>() : current;
  }

  private List<Object> invoke(Command c, List<Object> input, boolean discardErrors) {
    String name = ALIASES.getOrDefault(Values.lower(c.name()), c.name());
    Builtin builtin = Builtins.find(name).orElse(null);
    CommandMetadata meta = builtin != null ? builtin.metadata() : host.command(name).orElse(null);
    if (meta == null) {
      throw new TerminatingError(
          new PsError(
              "The term '"
                  + c.name()
                  + "' is not recognized as the name of a cmdlet, function, script file, or"
                  + " operable program. Check the spelling of the name, or if a path was included,"
                  + " verify that the path is correct and try again.",
              "ObjectNotFound",
              "",
              "CommandNotFoundException",
              c.name(),
              "CommandNotFoundException"),
          false);
    }
    Bound bound = binder.bind(meta, c.arguments(), input);
    String errorAction =
        Values.lower(
            Values.toPsString(
                bound
                    .common()
                    .getOrDefault("ErrorAction", variables.get("ErrorActionPreference"))));
    String errorVariable = (String) bound.common().get("ErrorVariable");
    List<Object> errors = new ArrayList<>();
    if (errorVariable != null) {
      if (errorVariable.startsWith("+")) {
        errorVariable = errorVariable.substring(1);
        Object existing = variables.get(errorVariable);
        if (existing instanceof List<?> l) {
          errors.addAll(l);
        }
      }
      variables.put(errorVariable, errors);
    }
    if (meta.destructive() || Values.isTrue(bound.parameters().get("Confirm"))) {
      if (Values.isTrue(bound.parameters().get("WhatIf"))) {
        console.write(
            "What if: Performing the operation \""
                + meta.name()
                + "\" on target \""
                + Values.toPsString(bound.parameters().get("Identity"))
                + "\".\n");
        return new ArrayList<>();
      }
      boolean confirmOff =
          bound.parameters().containsKey("Confirm")
              && !Values.isTrue(bound.parameters().get("Confirm"));
      if (!confirmOff && !confirm(meta, bound)) {
        return new ArrayList<>();
      }
    }
    try {
      List<Object> result = run(builtin, meta, bound, input);
      if (bound.common().get("OutVariable") instanceof String ov) {
        variables.put(ov, new ArrayList<>(result));
      }
      return result;
    } catch (CmdletException e) {
      errors.add(e.error());
      statementFailed = true;
      if (e.terminating()) {
        throw new TerminatingError(e.error(), false);
      }
      switch (errorAction) {
        case "stop":
          throw new TerminatingError(e.error(), true);
        case "silentlycontinue":
          recordError(e.error());
          break;
        case "ignore":
          break;
        default:
          recordError(e.error());
          if (mergeErrors) {
            return new ArrayList<>(List.of(e.error()));
          }
          if (!discardErrors) {
            console.write(e.error().render(computerName) + "\n");
          }
      }
      return new ArrayList<>();
    }
  }

  private boolean confirm(CommandMetadata meta, Bound bound) {
    String target = Values.toPsString(bound.parameters().get("Identity"));
    String text =
        "\nConfirm\nAre you sure you want to perform this action?\nPerforming the operation \""
            + meta.name()
            + "\" on target \""
            + target
            + "\".\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help (default is \"Y\"): ";
    while (true) {
      String answer = console.prompt(text);
      if (answer == null) {
        return false;
      }
      String a = Values.lower(answer.trim());
      if (a.isEmpty() || a.equals("y") || a.equals("a")) {
        return true;
      }
      if (a.equals("n") || a.equals("l")) {
        return false;
      }
      text = "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help (default is \"Y\"): ";
    }
  }

  // ---------------------------------------------------------------- running commands

  private List<Object> run(Builtin builtin, CommandMetadata meta, Bound b, List<Object> input) {
    Map<String, Object> p = b.parameters();
    if (builtin != null) {
      return builtin
          .implementation()
          .run(
              p,
              input == null ? List.of() : input,
              new Builtins.Call() {
                @Override
                public List<Object> runBlock(ScriptBlock block, Object dollarUnder) {
                  return Interpreter.this.runBlock(block, dollarUnder);
                }

                @Override
                public void warn(String text) {
                  Interpreter.this.warn(b, text);
                }
              });
    }
    List<Object> out;
    try {
      out =
          host.invoke(
              new Invocation(
                  meta.name(),
                  b.parameterSet(),
                  p,
                  input == null ? List.of() : input,
                  text -> warn(b, text)));
    } catch (CmdletException | TerminatingError e) {
      throw e;
    } catch (RuntimeException e) {
      // an emulator defect surfaces as an error record instead of killing the session
      throw new CmdletException(
          new PsError(
              "Emulator defect: " + e,
              "NotSpecified",
              meta.name(),
              e.getClass().getSimpleName(),
              "",
              "EmulatorInternalError," + meta.name()),
          true);
    }
    return out == null ? new ArrayList<>() : new ArrayList<>(out);
  }

  private void warn(Bound b, String text) {
    Object action = b.common().getOrDefault("WarningAction", variables.get("WarningPreference"));
    String a = Values.lower(Values.toPsString(action));
    if (a.equals("stop")) {
      throw new TerminatingError(
          new PsError(
              "The running command stopped because the preference variable \"WarningPreference\" or"
                  + " common parameter is set to Stop: "
                  + text,
              "OperationStopped",
              b.metadata().name(),
              "ParentContainsErrorRecordException",
              "",
              "ActionPreferenceStop"),
          true);
    }
    if (!a.equals("silentlycontinue") && !a.equals("ignore") && !warningsDiscarded) {
      console.write("WARNING: " + text + "\n");
    }
  }

  private List<Object> runBlock(ScriptBlock sb, Object dollarUnder) {
    Object saved = variables.get("_");
    variables.put("_", dollarUnder);
    try {
      List<Object> out = new ArrayList<>();
      execStatements(sb.statements(), out);
      return out;
    } finally {
      variables.put("_", saved);
    }
  }

  // ---------------------------------------------------------------- expressions

  Object eval(Expr e) {
    if (e instanceof Literal l) {
      return l.value();
    }
    if (e instanceof Expandable x) {
      StringBuilder sb = new StringBuilder();
      for (Object part : x.parts()) {
        if (part instanceof String s) {
          sb.append(s);
        } else {
          sb.append(Values.toPsString(eval((Expr) part)));
        }
      }
      return sb.toString();
    }
    if (e instanceof Variable v) {
      if (v.name().equals("?")) {
        return lastSucceeded;
      }
      return variables.get(v.name());
    }
    if (e instanceof Member m) {
      return Values.member(eval(m.target()), m.name());
    }
    if (e instanceof Index ix) {
      Object target = eval(ix.target());
      Object index = eval(ix.index());
      if (target instanceof List<?> list) {
        Double d = Values.toNumber(index);
        if (d == null) {
          return null;
        }
        int i = d.intValue();
        if (i < 0) {
          i += list.size();
        }
        return i >= 0 && i < list.size() ? list.get(i) : null;
      }
      if (target instanceof PsObject o) {
        return o.get(Values.toPsString(index));
      }
      return null;
    }
    if (e instanceof ArrayExpr a) {
      List<Object> out = new ArrayList<>();
      execStatements(a.statements(), out);
      return out;
    }
    if (e instanceof SubExpr s) {
      List<Object> out = new ArrayList<>();
      execStatements(s.statements(), out);
      return Values.collapse(out);
    }
    if (e instanceof Paren p) {
      return Values.collapse(runPipeline(p.pipeline()));
    }
    if (e instanceof HashLiteral h) {
      PsObject o = PsObject.hashtable();
      for (HashEntry entry : h.entries()) {
        o.put(entry.key(), pipelineValue(entry.value()));
      }
      return o;
    }
    if (e instanceof Cast c) {
      Object v = eval(c.operand());
      String type = Values.lower(c.type());
      switch (type) {
        case "pscustomobject":
          if (v instanceof PsObject h && h.kind() == PsObject.Kind.HASHTABLE) {
            PsObject o = PsObject.custom();
            h.properties().forEach(o::put);
            return o;
          }
          return v;
        case "string":
          return Values.toPsString(v);
        case "bool":
          return Values.isTrue(v);
        case "int":
          Double d = Values.toNumber(v);
          return d == null ? 0 : (int) Math.round(d);
        case "array":
          return new ArrayList<>(Values.unroll(v));
        default:
          throw new TerminatingError(
              new PsError(
                  "Unable to find type [" + c.type() + "].",
                  "InvalidOperation",
                  "",
                  "RuntimeException",
                  c.type(),
                  "TypeNotFound"),
              false);
      }
    }
    if (e instanceof ScriptBlock sb) {
      return sb;
    }
    if (e instanceof ArrayLiteral a) {
      List<Object> out = new ArrayList<>();
      for (Expr item : a.items()) {
        out.add(eval(item));
      }
      return out;
    }
    if (e instanceof Binary b) {
      if (b.operator().equals("and")) {
        return Values.isTrue(eval(b.left())) && Values.isTrue(eval(b.right()));
      }
      if (b.operator().equals("or")) {
        return Values.isTrue(eval(b.left())) || Values.isTrue(eval(b.right()));
      }
      return Values.compare(b.operator(), eval(b.left()), eval(b.right()));
    }
    if (e instanceof Not n) {
      return !Values.isTrue(eval(n.operand()));
    }
    throw new IllegalStateException("unknown expression " + e);
  }

  /** A hashtable value or assignment right side: the pipeline's output collapsed. */
  private Object pipelineValue(Pipeline p) {
    if (p.elements().size() == 1
        && p.redirections().isEmpty()
        && p.elements().get(0) instanceof ExpressionElement ee) {
      return eval(ee.expression());
    }
    return Values.collapse(runPipeline(p));
  }
}
