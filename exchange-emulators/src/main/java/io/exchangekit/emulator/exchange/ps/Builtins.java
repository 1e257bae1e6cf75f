package io.exchangekit.emulator.exchange.ps;

import io.exchangekit.emulator.exchange.ps.Ast.ScriptBlock;
import io.exchangekit.emulator.exchange.ps.CmdletHost.CmdletException;
import io.exchangekit.emulator.exchange.ps.CommandMetadata.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * PowerShell's own commands that the adapters use, each registered with its parameters and its
 * implementation. They take precedence over the session's commands of the same name.
 */
final class Builtins {

  /** What a built-in may ask of the interpreter running it. */
  interface Call {
    /** Runs a script block with {@code $_} bound to {@code dollarUnder}. */
    List<Object> runBlock(ScriptBlock block, Object dollarUnder);

    /** Writes a warning, as the call's {@code -WarningAction} says. */
    void warn(String text);
  }

  /** A built-in's behaviour: bound parameters and pipeline input (never null) to output. */
  @FunctionalInterface
  interface Implementation {
    List<Object> run(Map<String, Object> parameters, List<Object> input, Call call);
  }

  /** A built-in command: metadata and behaviour together. */
  record Builtin(CommandMetadata metadata, Implementation implementation) {}

  private static final Map<String, Builtin> BUILTINS = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  static {
    register(
        "ConvertTo-SecureString",
        Builtins::convertToSecureString,
        Param.of("String", "String").at(0).required(),
        Param.of("AsPlainText", "SwitchParameter"),
        Param.of("Force", "SwitchParameter"));
    register(
        "ConvertTo-Json",
        Builtins::convertToJson,
        Param.of("InputObject", "Object").at(0),
        Param.of("Depth", "Int32"),
        Param.of("Compress", "SwitchParameter"));
    register(
        "ForEach-Object",
        Builtins::forEachObject,
        Param.of("Process", "ScriptBlock").at(0).required());
    register(
        "Where-Object",
        Builtins::whereObject,
        Param.of("FilterScript", "ScriptBlock"),
        Param.of("Property", "String").at(0),
        Param.of("Value", "Object").at(1),
        Param.of("EQ", "SwitchParameter"),
        Param.of("NE", "SwitchParameter"),
        Param.of("Like", "SwitchParameter"));
    register(
        "Select-Object",
        Builtins::select,
        Param.of("Property", "Object[]").at(0),
        Param.of("ExpandProperty", "String"),
        Param.of("First", "Int32"),
        Param.of("Unique", "SwitchParameter"));
    register(
        "Write-Output",
        (p, input, call) -> Values.unroll(p.get("InputObject")),
        Param.of("InputObject", "Object[]").at(0));
    register(
        "New-Object",
        Builtins::newObject,
        Param.of("TypeName", "String").at(0).required(),
        Param.of("ArgumentList", "Object[]").at(1).alias("Args"));
    register("Out-Null", (p, input, call) -> new ArrayList<>(), Param.of("InputObject", "Object"));
  }

  private Builtins() {}

  private static void register(String name, Implementation implementation, Param... params) {
    BUILTINS.put(name, new Builtin(CommandMetadata.simple(name, false, params), implementation));
  }

  /** The built-in of that name (any case), if there is one. */
  static Optional<Builtin> find(String name) {
    return Optional.ofNullable(BUILTINS.get(name));
  }

  /** {@code -AsPlainText -Force} only: a plain text given without both fails as PowerShell does. */
  private static List<Object> convertToSecureString(
      Map<String, Object> p, List<Object> input, Call call) {
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
  }

  /** Depth 0 to 100, with the truncation warning. */
  private static List<Object> convertToJson(Map<String, Object> p, List<Object> input, Call call) {
    Object v = p.containsKey("InputObject") ? p.get("InputObject") : Values.collapse(input);
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
      call.warn(
          "Resulting JSON is truncated as serialization has exceeded the set depth of "
              + depth
              + ".");
    }
    return new ArrayList<>(List.of(Values.toJson(v, depth, Values.isTrue(p.get("Compress")))));
  }

  /** Runs the script block once per input object, {@code $_} bound to it. */
  private static List<Object> forEachObject(Map<String, Object> p, List<Object> input, Call call) {
    ScriptBlock sb = (ScriptBlock) p.get("Process");
    List<Object> out = new ArrayList<>();
    for (Object item : input) {
      out.addAll(call.runBlock(sb, item));
    }
    return out;
  }

  /** The script-block form or the {@code -Property -Value -EQ/-NE/-Like} form. */
  private static List<Object> whereObject(Map<String, Object> p, List<Object> input, Call call) {
    List<Object> out = new ArrayList<>();
    for (Object item : input) {
      boolean keep;
      if (p.get("FilterScript") instanceof ScriptBlock sb) {
        keep = Values.isTrue(Values.collapse(call.runBlock(sb, item)));
      } else {
        Object prop = Values.member(item, Values.toPsString(p.get("Property")));
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

  /** {@code New-Object}: only PSCredential, the one type the session set-up needs. */
  private static List<Object> newObject(Map<String, Object> p, List<Object> input, Call call) {
    String type = Values.toPsString(p.get("TypeName"));
    if (!type.equalsIgnoreCase(ParameterBinder.PSCREDENTIAL)
        && !type.equalsIgnoreCase("PSCredential")) {
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
            PsObject.exchange(ParameterBinder.PSCREDENTIAL, ParameterBinder.PSCREDENTIAL)
                .put("UserName", Values.toPsString(args.get(0)))
                .put("Password", args.get(1))));
  }

  /**
   * {@code -First}, {@code -ExpandProperty}, and properties by name, {@code *} or
   * {@code @{n=..;e=..}}.
   */
  private static List<Object> select(Map<String, Object> p, List<Object> input, Call call) {
    List<Object> items = new ArrayList<>(input);
    if (Values.isTrue(p.get("Unique"))) {
      // PowerShell compares case-sensitively here, so 'Bob' and 'bob' both stay
      List<Object> unique = new ArrayList<>();
      for (Object item : items) {
        if (unique.stream().noneMatch(u -> java.util.Objects.equals(u, item))) {
          unique.add(item);
        }
      }
      items = unique;
    }
    if (p.get("First") instanceof Integer n && n < items.size()) {
      items = new ArrayList<>(items.subList(0, n));
    }
    if (p.containsKey("ExpandProperty")) {
      List<Object> out = new ArrayList<>();
      for (Object item : items) {
        out.addAll(Values.unroll(Values.member(item, Values.toPsString(p.get("ExpandProperty")))));
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
                  ? Values.collapse(call.runBlock(sb, item))
                  : Values.member(item, Values.toPsString(expr));
          o.put(Values.toPsString(label), v);
        } else {
          String name = Values.toPsString(prop);
          if (name.equals("*") && item instanceof PsObject src) {
            src.properties().forEach(o::put);
          } else {
            o.put(name, Values.member(item, name));
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
}
