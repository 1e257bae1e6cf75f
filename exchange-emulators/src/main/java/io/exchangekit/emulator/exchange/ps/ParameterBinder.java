package io.exchangekit.emulator.exchange.ps;

import io.exchangekit.catalog.CmdletCatalog.Resolution;
import io.exchangekit.emulator.exchange.ps.Ast.Argument;
import io.exchangekit.emulator.exchange.ps.Ast.Expr;
import io.exchangekit.emulator.exchange.ps.Ast.Literal;
import io.exchangekit.emulator.exchange.ps.Ast.NamedArgument;
import io.exchangekit.emulator.exchange.ps.Ast.PositionalArgument;
import io.exchangekit.emulator.exchange.ps.Ast.ScriptBlock;
import io.exchangekit.emulator.exchange.ps.Ast.Splat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * PowerShell's parameter binding for one command call: splatting, named and positional arguments,
 * the common parameters, unique prefixes of parameter names, conversion to the parameter's type,
 * parameter-set resolution and the prompt for missing mandatory parameters, each failure with the
 * binder's own message.
 */
final class ParameterBinder {

  static final String PSCREDENTIAL = "System.Management.Automation.PSCredential";

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

  /** Bound parameters plus the common parameters of one call. */
  record Bound(
      CommandMetadata metadata,
      Map<String, Object> parameters,
      Map<String, Object> common,
      String parameterSet) {}

  private final Function<Expr, Object> evaluator;
  private final Map<String, Object> variables;
  private final Interpreter.Console console;

  /**
   * @param evaluator evaluates an argument's expression
   * @param variables the session's variables (for splatting)
   * @param console where a prompt for a missing mandatory parameter reads its answer
   */
  ParameterBinder(
      Function<Expr, Object> evaluator,
      Map<String, Object> variables,
      Interpreter.Console console) {
    this.evaluator = evaluator;
    this.variables = variables;
    this.console = console;
  }

  /** Binds a call's arguments (and pipeline input) to {@code meta}'s parameters. */
  Bound bind(CommandMetadata meta, List<Argument> arguments, List<Object> input) {
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

  static String dotNetType(String type) {
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
    return evaluator.apply(e);
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
}
