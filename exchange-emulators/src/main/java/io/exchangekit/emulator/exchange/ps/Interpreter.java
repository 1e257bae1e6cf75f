package io.exchangekit.emulator.exchange.ps;

import io.exchangekit.catalog.CmdletCatalog.Resolution;
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
import io.exchangekit.emulator.exchange.ps.CmdletHost.CmdletException;
import io.exchangekit.emulator.exchange.ps.CmdletHost.Invocation;
import io.exchangekit.emulator.exchange.ps.CommandMetadata.Param;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs parsed statements with PowerShell's semantics for the supported subset: variables,
 * pipelines, parameter binding checked against the command's metadata, error records, {@code
 * -ErrorAction}, {@code -ErrorVariable}, try/catch, confirmation prompts and the built-in commands
 * the adapters use.
 */
final class Interpreter {

  /** Where output goes and where a prompt reads its answer. */
  interface Console {
    void write(String text);

    /** Writes {@code partialLine} without a newline and returns the next input line (or null). */
    String prompt(String partialLine);
  }

  /** An error that ends the statement (or, with {@code script}, the whole input line). */
  static final class TerminatingError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient PsError error;
    final boolean script;

    TerminatingError(PsError error, boolean script) {
      super(error.message(), null, false, false);
      this.error = error;
      this.script = script;
    }
  }

  private static final String PSCREDENTIAL = "System.Management.Automation.PSCredential";

  private static final Set<String> ACTION_PREFERENCES =
      Set.of("silentlycontinue", "stop", "continue", "inquire", "ignore", "suspend", "break");

  private static final Map<String, String> COMMON =
      Map.ofEntries(
          Map.entry("erroraction", "ErrorAction"),
          Map.entry("ea", "ErrorAction"),
          Map.entry("errorvariable", "ErrorVariable"),
          Map.entry("ev", "ErrorVariable"),
          Map.entry("warningaction", "WarningAction"),
          Map.entry("wa", "WarningAction"),
          Map.entry("warningvariable", "WarningVariable"),
          Map.entry("wv", "WarningVariable"),
          Map.entry("informationaction", "InformationAction"),
          Map.entry("infa", "InformationAction"),
          Map.entry("outvariable", "OutVariable"),
          Map.entry("ov", "OutVariable"),
          Map.entry("verbose", "Verbose"),
          Map.entry("vb", "Verbose"),
          Map.entry("debug", "Debug"),
          Map.entry("db", "Debug"));

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
  private final Map<String, CommandMetadata> builtins =
      new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private boolean statementFailed;
  private boolean warningsDiscarded;
  private boolean mergeErrors;
  private boolean lastSucceeded = true;

  Interpreter(CmdletHost host, Console console, String computerName) {
    this.host = host;
    this.console = console;
    this.computerName = computerName;
    variables.put("ErrorActionPreference", "Continue");
    variables.put("WarningPreference", "Continue");
    variables.put("ProgressPreference", "Continue");
    variables.put("ConfirmPreference", "High");
    variables.put("Error", new ArrayList<>());
    variables.put("PID", (int) ProcessHandle.current().pid());
    builtin(
        "ConvertTo-SecureString",
        Param.of("String", "String").at(0).required(),
        Param.of("AsPlainText", "SwitchParameter"),
        Param.of("Force", "SwitchParameter"));
    builtin(
        "ConvertTo-Json",
        Param.of("InputObject", "Object").at(0),
        Param.of("Depth", "Int32"),
        Param.of("Compress", "SwitchParameter"));
    builtin("ForEach-Object", Param.of("Process", "ScriptBlock").at(0).required());
    builtin(
        "Where-Object",
        Param.of("FilterScript", "ScriptBlock"),
        Param.of("Property", "String").at(0),
        Param.of("Value", "Object").at(1),
        Param.of("EQ", "SwitchParameter"),
        Param.of("NE", "SwitchParameter"),
        Param.of("Like", "SwitchParameter"));
    builtin(
        "Select-Object",
        Param.of("Property", "Object[]").at(0),
        Param.of("ExpandProperty", "String"),
        Param.of("First", "Int32"));
    builtin("Write-Output", Param.of("InputObject", "Object[]").at(0));
    builtin(
        "New-Object",
        Param.of("TypeName", "String").at(0).required(),
        Param.of("ArgumentList", "Object[]").at(1).alias("Args"));
    builtin("Out-Null", Param.of("InputObject", "Object"));
  }

  private void builtin(String name, Param... params) {
    builtins.put(name, CommandMetadata.simple(name, false, params));
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

  /** Bound parameters plus the common parameters of one call. */
  private record Bound(
      CommandMetadata metadata,
      Map<String, Object> parameters,
      Map<String, Object> common,
      String parameterSet) {}

  private List<Object> invoke(Command c, List<Object> input, boolean discardErrors) {
    String name = ALIASES.getOrDefault(Values.lower(c.name()), c.name());
    CommandMetadata meta = builtins.get(name);
    if (meta == null) {
      meta = host.command(name).orElse(null);
    }
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
    Bound bound = bind(meta, c.arguments(), input);
    String errorAction =
        Values.lower(
            Values.toPsString(
                bound.common.getOrDefault("ErrorAction", variables.get("ErrorActionPreference"))));
    String errorVariable = (String) bound.common.get("ErrorVariable");
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
    if (meta.destructive() || Values.isTrue(bound.parameters.get("Confirm"))) {
      if (Values.isTrue(bound.parameters.get("WhatIf"))) {
        console.write(
            "What if: Performing the operation \""
                + meta.name()
                + "\" on target \""
                + Values.toPsString(bound.parameters.get("Identity"))
                + "\".\n");
        return new ArrayList<>();
      }
      boolean confirmOff =
          bound.parameters.containsKey("Confirm")
              && !Values.isTrue(bound.parameters.get("Confirm"));
      if (!confirmOff && !confirm(meta, bound)) {
        return new ArrayList<>();
      }
    }
    try {
      List<Object> result = run(meta, bound, input);
      if (bound.common.get("OutVariable") instanceof String ov) {
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
    String target = Values.toPsString(bound.parameters.get("Identity"));
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

  // ---------------------------------------------------------------- binding

  private Bound bind(CommandMetadata meta, List<Argument> arguments, List<Object> input) {
    String cmd = meta.name();
    List<Argument> args = expandSplats(arguments);
    Map<String, Object> params = new LinkedHashMap<>();
    Map<String, Object> common = new LinkedHashMap<>();
    List<Object> positionals = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Argument a = args.get(i);
      if (a instanceof PositionalArgument pa) {
        positionals.add(evalArgument(pa.value()));
        continue;
      }
      NamedArgument na = (NamedArgument) a;
      String commonName = COMMON.get(Values.lower(na.name()));
      if (commonName != null && !meta.acceptsCommon(commonName)) {
        throw binding(
            "A parameter cannot be found that matches parameter name '" + na.name() + "'.",
            "NamedParameterNotFound",
            cmd);
      }
      if (commonName != null) {
        Object value;
        if (commonName.equals("Verbose") || commonName.equals("Debug")) {
          value = na.value() == null ? Boolean.TRUE : evalArgument(na.value());
        } else {
          if (na.value() != null) {
            value = evalArgument(na.value());
          } else if (i + 1 < args.size() && args.get(i + 1) instanceof PositionalArgument next) {
            value = evalArgument(next.value());
            i++;
          } else {
            throw binding(
                "Missing an argument for parameter '"
                    + commonName
                    + "'. Specify a parameter of type '"
                    + commonType(commonName)
                    + "' and try again.",
                "MissingArgument",
                cmd);
          }
          if (commonName.endsWith("Action")
              && !ACTION_PREFERENCES.contains(Values.lower(Values.toPsString(value)))) {
            throw binding(
                "Cannot bind parameter '"
                    + commonName
                    + "'. Cannot convert value \""
                    + Values.toPsString(value)
                    + "\" to type \"System.Management.Automation.ActionPreference\". Error: \"Unable"
                    + " to match the identifier name "
                    + Values.toPsString(value)
                    + " to a valid enumerator name. Specify one of the following enumerator names"
                    + " and try again:\nSilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend,"
                    + " Break\"",
                "CannotConvertArgumentNoMessage",
                cmd);
          }
          if (commonName.endsWith("Variable")) {
            value = Values.toPsString(value);
          }
        }
        common.put(commonName, value);
        continue;
      }
      String param = resolveName(meta, na.name());
      if (params.containsKey(param)) {
        throw binding(
            "Cannot bind parameter because parameter '"
                + param
                + "' is specified more than once. To provide multiple values to parameters that"
                + " can accept multiple values, use the array syntax. For example, \"-parameter"
                + " value1,value2,value3\".",
            "ParameterAlreadyBound",
            cmd);
      }
      if (meta.isSwitch(param)) {
        Object v = na.value() == null ? Boolean.TRUE : evalArgument(na.value());
        if (!(v instanceof Boolean) && !(v instanceof Number)) {
          throw new TerminatingError(
              new PsError(
                  "Cannot process argument transformation on parameter '"
                      + param
                      + "'. Cannot convert the \""
                      + Values.toPsString(v)
                      + "\" value of type \"System.String\" to type"
                      + " \"System.Management.Automation.SwitchParameter\".",
                  "InvalidData",
                  cmd,
                  "ParameterBindingArgumentTransformationException",
                  "",
                  "ParameterArgumentTransformationError," + cmd),
              false);
        }
        params.put(param, Values.isTrue(v));
        continue;
      }
      Object value;
      if (na.value() != null) {
        value = evalArgument(na.value());
      } else if (i + 1 < args.size() && args.get(i + 1) instanceof PositionalArgument next) {
        value = evalArgument(next.value());
        i++;
      } else {
        throw binding(
            "Missing an argument for parameter '"
                + param
                + "'. Specify a parameter of type '"
                + dotNetType(meta.type(param))
                + "' and try again.",
            "MissingArgument",
            cmd);
      }
      params.put(param, convert(meta, param, value));
    }
    List<String> positional = new ArrayList<>(meta.positional());
    positional.removeIf(params::containsKey);
    for (Object v : positionals) {
      if (positional.isEmpty()) {
        throw binding(
            "A positional parameter cannot be found that accepts argument '"
                + Values.toPsString(v)
                + "'.",
            "PositionalParameterNotFound",
            cmd);
      }
      String p = positional.remove(0);
      if (meta.name().equals("Where-Object") && v instanceof ScriptBlock) {
        p = "FilterScript";
        positional.add(0, "Property");
      }
      params.put(p, convert(meta, p, v));
    }
    Resolution r = meta.resolve(params.keySet());
    String set = r.parameterSet();
    switch (r.outcome()) {
      case RESOLVED:
        break;
      case MISSING_MANDATORY:
        for (String missing : r.missing()) {
          if (missing.equals("Identity") && input != null && !input.isEmpty()) {
            params.put("Identity", Values.collapse(input));
            continue;
          }
          String answer =
              console.prompt(
                  "\ncmdlet "
                      + cmd
                      + " at command pipeline position 1\nSupply values for the following"
                      + " parameters:\n"
                      + missing
                      + ": ");
          if (answer == null || answer.isEmpty()) {
            throw new TerminatingError(
                new PsError(
                    "Cannot bind argument to parameter '"
                        + missing
                        + "' because it is an empty string.",
                    "InvalidData",
                    cmd,
                    "ParameterBindingValidationException",
                    "",
                    "ParameterArgumentValidationErrorEmptyStringNotAllowed," + cmd),
                false);
          }
          params.put(
              missing,
              "SecureString".equals(meta.type(missing)) ? new PsSecureString(answer) : answer);
        }
        break;
      default:
        throw binding(
            "Parameter set cannot be resolved using the specified named parameters.",
            "AmbiguousParameterSet",
            cmd);
    }
    for (String m : meta.mandatory(set)) {
      if (params.containsKey(m) && params.get(m) == null) {
        throw new TerminatingError(
            new PsError(
                "Cannot bind argument to parameter '" + m + "' because it is null.",
                "InvalidData",
                cmd,
                "ParameterBindingValidationException",
                "",
                "ParameterArgumentValidationErrorNullNotAllowed," + cmd),
            false);
      }
    }
    return new Bound(meta, params, common, set);
  }

  private String resolveName(CommandMetadata meta, String given) {
    Optional<String> exact = meta.parameter(given);
    if (exact.isPresent()) {
      return exact.get();
    }
    List<String> matches = new ArrayList<>();
    for (String p : meta.parameterNames()) {
      if (p.regionMatches(true, 0, given, 0, given.length())) {
        matches.add(p);
      }
    }
    if (matches.size() == 1) {
      return matches.get(0);
    }
    if (matches.size() > 1) {
      throw binding(
          "Parameter cannot be processed because the parameter name '"
              + given
              + "' is ambiguous. Possible matches include: -"
              + String.join(" -", matches)
              + ".",
          "AmbiguousParameter",
          meta.name());
    }
    throw binding(
        "A parameter cannot be found that matches parameter name '" + given + "'.",
        "NamedParameterNotFound",
        meta.name());
  }

  private static String commonType(String name) {
    return name.endsWith("Action")
        ? "System.Management.Automation.ActionPreference"
        : "System.String";
  }

  private static String dotNetType(String type) {
    if (type == null) {
      return "System.Object";
    }
    return switch (type) {
      case "String" -> "System.String";
      case "Boolean" -> "System.Boolean";
      case "Int32" -> "System.Int32";
      case "SecureString" -> "System.Security.SecureString";
      case "PSCredential" -> PSCREDENTIAL;
      default -> type;
    };
  }

  private List<Argument> expandSplats(List<Argument> arguments) {
    List<Argument> out = new ArrayList<>();
    for (Argument a : arguments) {
      if (a instanceof Splat s) {
        Object v = variables.get(s.variable());
        if (v instanceof PsObject h && h.kind() == PsObject.Kind.HASHTABLE) {
          h.properties().forEach((k, val) -> out.add(new NamedArgument(k, new Literal(val), true)));
        } else if (v instanceof List<?> list) {
          list.forEach(x -> out.add(new PositionalArgument(new Literal(x))));
        } else {
          throw new TerminatingError(
              new PsError(
                  "The splatting operator '@' cannot be used to reference variables in an"
                      + " expression. '@"
                      + s.variable()
                      + "' can be used only as an argument to a command.",
                  "ParserError",
                  "",
                  "ParentContainsErrorRecordException",
                  "",
                  "SplattingNotPermitted"),
              false);
        }
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private Object evalArgument(Expr e) {
    return eval(e);
  }

  /** Converts an argument to the parameter's type with PowerShell's binder messages. */
  private Object convert(CommandMetadata meta, String param, Object value) {
    String type = meta.type(param);
    String cmd = meta.name();
    if (type == null) {
      return value;
    }
    boolean multi =
        type.endsWith("[]")
            || type.contains("MultiValuedProperty")
            || type.equals("ProxyAddressCollection")
            || type.equals("Object");
    if (value instanceof PsObject h && h.kind() == PsObject.Kind.HASHTABLE) {
      if (!multi) {
        throw cannotConvert(param, "System.Collections.Hashtable", type, cmd);
      }
      return value;
    }
    if (value instanceof List<?> list && !multi) {
      if (type.equals("Boolean") || type.equals("Int32") || type.equals("SecureString")) {
        throw cannotConvert(param, "System.Object[]", type, cmd);
      }
      throw binding(
          "Cannot convert 'System.Object[]' to the type '"
              + dotNetType(type)
              + "' required by parameter '"
              + param
              + "'. Specified method is not supported.",
          "CannotConvertArgument",
          cmd);
    }
    switch (type) {
      case "Boolean":
        if (value instanceof Boolean || value instanceof Number) {
          return Values.isTrue(value);
        }
        throw new TerminatingError(
            new PsError(
                "Cannot process argument transformation on parameter '"
                    + param
                    + "'. Cannot convert value \""
                    + (value == null ? "" : "System.String")
                    + "\" to type \"System.Boolean\". Boolean parameters accept only Boolean values"
                    + " and numbers, such as $True, $False, 1 or 0.",
                "InvalidData",
                cmd,
                "ParameterBindingArgumentTransformationException",
                "",
                "ParameterArgumentTransformationError," + cmd),
            false);
      case "Int32":
        Double d = Values.toNumber(value);
        if (d == null || d != Math.rint(d)) {
          throw binding(
              "Cannot bind parameter '"
                  + param
                  + "'. Cannot convert value \""
                  + Values.toPsString(value)
                  + "\" to type \"System.Int32\". Error: \"Input string was not in a correct"
                  + " format.\"",
              "CannotConvertArgumentNoMessage",
              cmd);
        }
        return d.intValue();
      case "SecureString":
        if (value instanceof PsSecureString) {
          return value;
        }
        // PowerShell would echo the value here; the emulator masks it, as secrets never print.
        throw binding(
            "Cannot bind parameter '"
                + param
                + "'. Cannot convert the \"****\" value of type \""
                + (value == null ? "null" : "System.String")
                + "\" to type \"System.Security.SecureString\".",
            "CannotConvertArgument",
            cmd);
      case "PSCredential":
        if (value instanceof PsObject o && PSCREDENTIAL.equals(o.typeName())) {
          return value;
        }
        // PowerShell would prompt for a password given a user name; a script host cannot answer
        throw cannotConvert(
            param,
            value instanceof PsObject o ? o.typeName() : value == null ? "null" : "System.String",
            type,
            cmd);
      case "ScriptBlock":
        if (value instanceof ScriptBlock) {
          return value;
        }
        throw cannotConvert(param, "System.String", type, cmd);
      default:
        if (value instanceof PsSecureString) {
          throw cannotConvert(param, "System.Security.SecureString", type, cmd);
        }
        return value;
    }
  }

  private static TerminatingError cannotConvert(
      String param, String from, String type, String cmd) {
    return binding(
        "Cannot bind parameter '"
            + param
            + "'. Cannot convert the \""
            + from
            + "\" value of type \""
            + from
            + "\" to type \""
            + dotNetType(type)
            + "\".",
        "CannotConvertArgument",
        cmd);
  }

  private static TerminatingError binding(String message, String id, String cmd) {
    return new TerminatingError(PsError.binding(message, id, cmd), false);
  }

  // ---------------------------------------------------------------- running commands

  private List<Object> run(CommandMetadata meta, Bound b, List<Object> input) {
    Map<String, Object> p = b.parameters;
    switch (meta.name()) {
      case "ConvertTo-SecureString":
        if (!Values.isTrue(p.get("AsPlainText"))) {
          throw new CmdletException(
              new PsError(
                  "Input string was not in a correct format.",
                  "InvalidArgument",
                  "ConvertTo-SecureString",
                  "FormatException",
                  "",
                  "ImportSecureString_InvalidArgument,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand"),
              true);
        }
        if (!Values.isTrue(p.get("Force"))) {
          throw new CmdletException(
              new PsError(
                  "The system cannot protect plain text input. To suppress this warning and"
                      + " convert the plain text to a SecureString, reissue the command specifying"
                      + " the Force parameter.",
                  "InvalidArgument",
                  "ConvertTo-SecureString",
                  "ArgumentException",
                  "",
                  "ImportSecureString_InvalidArgument,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand"),
              true);
        }
        return new ArrayList<>(List.of(new PsSecureString(Values.toPsString(p.get("String")))));
      case "ConvertTo-Json":
        {
          Object v =
              p.containsKey("InputObject")
                  ? p.get("InputObject")
                  : Values.collapse(input == null ? List.of() : input);
          int depth = p.containsKey("Depth") ? (Integer) p.get("Depth") : 2;
          if (depth < 0 || depth > 100) {
            throw new TerminatingError(
                PsError.binding(
                    "Cannot validate argument on parameter 'Depth'. The "
                        + depth
                        + " argument is "
                        + (depth < 0
                            ? "less than the minimum allowed range of 0"
                            : "greater than the maximum allowed range of 100")
                        + ". Supply an argument that is "
                        + (depth < 0 ? "greater than or equal to 0" : "less than or equal to 100")
                        + " and then try the command again.",
                    "ParameterArgumentValidationError",
                    "ConvertTo-Json"),
                false);
          }
          if (Values.exceedsDepth(v, depth)) {
            warn(
                b,
                "Resulting JSON is truncated as serialization has exceeded the set depth of "
                    + depth
                    + ".");
          }
          return new ArrayList<>(
              List.of(Values.toJson(v, depth, Values.isTrue(p.get("Compress")))));
        }
      case "ForEach-Object":
        {
          ScriptBlock sb = (ScriptBlock) p.get("Process");
          List<Object> out = new ArrayList<>();
          for (Object item : input == null ? List.of() : input) {
            out.addAll(runBlock(sb, item));
          }
          return out;
        }
      case "Where-Object":
        {
          List<Object> out = new ArrayList<>();
          for (Object item : input == null ? List.of() : input) {
            boolean keep;
            if (p.get("FilterScript") instanceof ScriptBlock sb) {
              keep = Values.isTrue(Values.collapse(runBlock(sb, item)));
            } else {
              Object prop = member(item, Values.toPsString(p.get("Property")));
              String op =
                  Values.isTrue(p.get("NE")) ? "ne" : Values.isTrue(p.get("Like")) ? "like" : "eq";
              keep =
                  p.containsKey("Value")
                      ? Values.isTrue(Values.compare(op, prop, p.get("Value")))
                      : Values.isTrue(prop);
            }
            if (keep) {
              out.add(item);
            }
          }
          return out;
        }
      case "Select-Object":
        return select(p, input == null ? List.of() : input);
      case "Write-Output":
        return Values.unroll(p.get("InputObject"));
      case "Out-Null":
        return new ArrayList<>();
      case "New-Object":
        return newObject(p);
      default:
        List<Object> out;
        try {
          out =
              host.invoke(
                  new Invocation(
                      meta.name(),
                      b.parameterSet,
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
  }

  /** {@code New-Object}: only PSCredential, the one type the session set-up needs. */
  private List<Object> newObject(Map<String, Object> p) {
    String type = Values.toPsString(p.get("TypeName"));
    if (!type.equalsIgnoreCase(PSCREDENTIAL) && !type.equalsIgnoreCase("PSCredential")) {
      throw new CmdletException(
          new PsError(
              "Cannot find type ["
                  + type
                  + "]: verify that the assembly containing this type is loaded.",
              "InvalidType",
              "New-Object",
              "PSArgumentException",
              "",
              "TypeNotFound,Microsoft.PowerShell.Commands.NewObjectCommand"),
          true);
    }
    List<Object> args = Values.unroll(p.get("ArgumentList"));
    if (args.size() != 2 || !(args.get(1) instanceof PsSecureString)) {
      throw new CmdletException(
          new PsError(
              "Cannot find an overload for \"PSCredential\" and the argument count: \""
                  + args.size()
                  + "\".",
              "InvalidOperation",
              "New-Object",
              "MethodException",
              "",
              "ConstructorInvokedThrowException,Microsoft.PowerShell.Commands.NewObjectCommand"),
          true);
    }
    return new ArrayList<>(
        List.of(
            PsObject.exchange(PSCREDENTIAL, PSCREDENTIAL)
                .put("UserName", Values.toPsString(args.get(0)))
                .put("Password", args.get(1))));
  }

  private void warn(Bound b, String text) {
    Object action = b.common.getOrDefault("WarningAction", variables.get("WarningPreference"));
    String a = Values.lower(Values.toPsString(action));
    if (a.equals("stop")) {
      throw new TerminatingError(
          new PsError(
              "The running command stopped because the preference variable \"WarningPreference\" or"
                  + " common parameter is set to Stop: "
                  + text,
              "OperationStopped",
              b.metadata.name(),
              "ParentContainsErrorRecordException",
              "",
              "ActionPreferenceStop"),
          true);
    }
    if (!a.equals("silentlycontinue") && !a.equals("ignore") && !warningsDiscarded) {
      console.write("WARNING: " + text + "\n");
    }
  }

  private List<Object> select(Map<String, Object> p, List<Object> input) {
    List<Object> items = new ArrayList<>(input);
    if (p.get("First") instanceof Integer n && n < items.size()) {
      items = new ArrayList<>(items.subList(0, n));
    }
    if (p.containsKey("ExpandProperty")) {
      List<Object> out = new ArrayList<>();
      for (Object item : items) {
        out.addAll(Values.unroll(member(item, Values.toPsString(p.get("ExpandProperty")))));
      }
      return out;
    }
    if (!p.containsKey("Property")) {
      return items;
    }
    List<Object> props = Values.unroll(p.get("Property"));
    List<Object> out = new ArrayList<>();
    for (Object item : items) {
      PsObject o = PsObject.custom();
      for (Object prop : props) {
        if (prop instanceof PsObject h && h.kind() == PsObject.Kind.HASHTABLE) {
          Object label = first(h, "n", "name", "l", "label");
          Object expr = first(h, "e", "expression");
          if (label == null || expr == null) {
            throw new TerminatingError(
                new PsError(
                    "The \"" + (label == null ? "Name" : "Expression") + "\" key is missing.",
                    "InvalidArgument",
                    "Select-Object",
                    "NotSupportedException",
                    "",
                    "DictionaryKeyMissing,Microsoft.PowerShell.Commands.SelectObjectCommand"),
                false);
          }
          Object v =
              expr instanceof ScriptBlock sb
                  ? Values.collapse(runBlock(sb, item))
                  : member(item, Values.toPsString(expr));
          o.put(Values.toPsString(label), v);
        } else {
          String name = Values.toPsString(prop);
          if (name.equals("*") && item instanceof PsObject src) {
            src.properties().forEach(o::put);
          } else {
            o.put(name, member(item, name));
          }
        }
      }
      out.add(o);
    }
    return out;
  }

  private static Object first(PsObject h, String... keys) {
    for (String k : keys) {
      if (h.has(k)) {
        return h.get(k);
      }
    }
    return null;
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
      return member(eval(m.target()), m.name());
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

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
