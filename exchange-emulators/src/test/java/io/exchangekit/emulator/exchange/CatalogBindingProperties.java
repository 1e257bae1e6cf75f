package io.exchangekit.emulator.exchange;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.exchangekit.catalog.CmdletCatalog;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.org.ExchangeCmdlets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * For every implemented cmdlet, catalog parameter and version: the emulator knows the parameter
 * exactly when Microsoft's catalog says it applies to that version.
 */
class CatalogBindingProperties {

  private static final CmdletCatalog CATALOG = CmdletCatalog.load();
  private static final Map<ExchangeVersion, EmulatorSession> SESSIONS =
      new EnumMap<>(ExchangeVersion.class);
  private static final List<String[]> PAIRS = new ArrayList<>();

  @BeforeAll
  static void open() {
    for (ExchangeVersion v : ExchangeVersion.values()) {
      SESSIONS.put(
          v,
          ExchangeEmulator.forVersion(v)
              .withDemoOrganisation()
              .withRunTimeout(java.time.Duration.ofSeconds(2))
              .newSession());
    }
    for (String c : ExchangeCmdlets.IMPLEMENTED) {
      for (String p : CATALOG.parameterNames(c)) {
        PAIRS.add(new String[] {c, p});
      }
    }
  }

  @AfterAll
  static void close() {
    SESSIONS.values().forEach(EmulatorSession::close);
  }

  private static boolean prefixOfAnother(String cmdlet, String param, ExchangeVersion v) {
    for (String other : CATALOG.parameterNames(cmdlet)) {
      if (!other.equalsIgnoreCase(param)
          && other.regionMatches(true, 0, param, 0, param.length())
          && CATALOG.isApplicable(cmdlet, other, v.productName())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void givenAnyCmdletParameterAndVersion_binding_knowsTheParameterIffTheCatalogSaysItApplies() {
    qt().withExamples(1500)
        .forAll(
            integers().between(0, PAIRS.size() - 1), arbitrary().enumValues(ExchangeVersion.class))
        .check(
            (i, v) -> {
              String cmdlet = PAIRS.get(i)[0];
              String param = PAIRS.get(i)[1];
              if (!CATALOG.isCmdletApplicable(cmdlet, v.productName())) {
                return true;
              }
              String arg = CATALOG.isSwitch(cmdlet, param) ? "-" + param : "-" + param + " $null";
              String confirm =
                  ExchangeCmdlets.DESTRUCTIVE.contains(cmdlet)
                          && !param.equals("Confirm")
                          && !param.equals("WhatIf")
                      ? " -Confirm:$false -WhatIf"
                      : "";
              EmulatorSession s = SESSIONS.get(v);
              ScriptResult r =
                  s.run(
                      cmdlet
                          + " "
                          + arg
                          + confirm
                          + " -ErrorAction SilentlyContinue -ErrorVariable ev 2>$null 3>$null");
              for (int answers = 0; !r.complete() && answers < 3; answers++) {
                if (r.timedOut() || r.crashed()) {
                  throw new AssertionError(
                      cmdlet + " " + arg + confirm + " on " + v + " did not finish");
                }
                r = s.run("");
              }
              if (!r.complete()) {
                throw new AssertionError(
                    cmdlet + " " + arg + confirm + " on " + v + " kept prompting: " + r.output());
              }
              String notFound =
                  "A parameter cannot be found that matches parameter name '" + param + "'.";
              boolean reportedUnknown = r.output().contains(notFound);
              boolean ok =
                  CATALOG.isApplicable(cmdlet, param, v.productName())
                      ? !reportedUnknown && !r.output().contains("AmbiguousParameter,")
                      : prefixOfAnother(cmdlet, param, v) || reportedUnknown;
              if (!ok) {
                throw new AssertionError(cmdlet + " -" + param + " on " + v + ": " + r.output());
              }
              return true;
            });
  }
}
