package io.exchangekit.adapter.openiam.mapping;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.exchangekit.adapter.openiam.model.OpenIamRequestException;
import io.exchangekit.catalog.CmdletCatalog;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.core.search.SearchValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SearchStringGuardProperties {
  private static final CmdletCatalog CATALOG = CmdletCatalog.load();

  /** Each contains a PowerShell metacharacter, so it is hostile wherever it lands. */
  static final List<String> HOSTILE =
      List.of(
          "; Remove-Mailbox -Identity x -Confirm:$false",
          "| Set-Mailbox -HiddenFromAddressListsEnabled $true",
          "| Remove-Mailbox",
          "$(Remove-Mailbox x)",
          "& Remove-Mailbox x",
          "`; Remove-Mailbox x",
          "{ Remove-Mailbox x }",
          "> C:\\temp\\out.txt",
          "2>&1",
          "| ForEach-Object { Remove-Mailbox $_ }",
          "| Export-Csv x.csv",
          "\n Remove-Mailbox x",
          "\r\nRemove-Mailbox x",
          "\u2019; Remove-Mailbox x; \u2018",
          "'; Remove-Mailbox x; '",
          "\u201B; Set-User x; \u201A",
          "@(Remove-Mailbox x)",
          "${env:x}",
          "| Out-File x",
          "\" ; Remove-Mailbox x\"",
          "<# #> ; x",
          "| iex",
          "||Remove-Mailbox x",
          "&& Remove-Mailbox x");

  static final List<String> FILTER_VALUES =
      List.of(
          "'j*'",
          "$true",
          "$null",
          "\"x\"",
          "1",
          "'O''Brien'",
          "jdoe@contoso.com",
          "'A*'",
          "'Sales \u2019 Team'");

  static final List<String> PROPERTIES =
      List.of("DisplayName", "PrimarySmtpAddress", "Alias", "Name", "CustomAttribute1", "*");

  /** A read-only query and the structure it stands for. */
  record Sample(String text, SearchQuery expected) {
    @Override
    public String toString() {
      return text;
    }
  }

  static Gen<String> spaces() {
    return arbitrary().pick(" ", "  ", "\t", " \t ");
  }

  static Gen<String> cmdlets() {
    Gen<String> names = arbitrary().pick(SearchQuery.CMDLETS.stream().sorted().toList());
    return names.zip(
        integers().all(),
        (name, mask) -> {
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append((mask >> (i % 31) & 1) == 1 ? Character.toLowerCase(c) : c);
          }
          return b.toString();
        });
  }

  /** OPATH filters: comparisons joined by -and/-or, some negated or in parentheses. */
  static Gen<Optional<String>> filters() {
    Gen<String> comparison =
        arbitrary()
            .pick(List.of("Name", "Department", "CustomAttribute1", "DisplayName", "Alias"))
            .zip(
                arbitrary().pick(List.of("-like", "-eq", "-ne", "-notlike", "-ge", "-LT")),
                arbitrary().pick(FILTER_VALUES),
                (p, op, v) -> p + " " + op + " " + v);
    Gen<String> term =
        comparison.zip(
            integers().between(0, 3),
            (c, shape) ->
                switch (shape) {
                  case 0 -> "-not (" + c + ")";
                  case 1 -> "(" + c + ")";
                  default -> c;
                });
    return lists()
        .of(term)
        .ofSizeBetween(1, 3)
        .zip(booleans().all(), (terms, and) -> String.join(and ? " -and " : " -or ", terms))
        .map(Optional::of)
        .mix(arbitrary().constant(Optional.empty()), 30);
  }

  static Gen<Optional<String>> resultSizes() {
    return integers()
        .between(1, 100_000)
        .map(n -> Optional.of(Integer.toString(n)))
        .mix(arbitrary().pick(Optional.of("Unlimited"), Optional.of("unlimited")), 30)
        .mix(arbitrary().constant(Optional.empty()), 40);
  }

  static Gen<Optional<List<String>>> selects() {
    return lists()
        .of(arbitrary().pick(PROPERTIES))
        .ofSizeBetween(0, 4)
        .map(Optional::of)
        .mix(arbitrary().constant(Optional.empty()), 40);
  }

  /** Values as administrators write them, with how each may be quoted. */
  static final List<String> WORDS =
      List.of(
          "jdoe",
          "jdoe@contoso.com",
          "contoso.com/Staff",
          "CONTOSO\\jdoe",
          "All Staff",
          "O'Brien",
          "O\u2019Brien",
          "M\u00fcller",
          "DB01",
          "A*",
          "UserMailbox",
          "; Remove-Mailbox x",
          "$(Remove-Mailbox x)",
          "\uD83D\uDE00 x");

  /** Parameters of the cmdlet a search may set, other than -Filter and -ResultSize. */
  static List<String> otherParameters(String cmdlet) {
    return CATALOG.parameterNames(cmdlet).stream()
        .filter(p -> !p.equals("Filter") && !p.equals("ResultSize"))
        .filter(p -> SearchQuery.REFUSED_PARAMETERS.stream().noneMatch(p::equalsIgnoreCase))
        .toList();
  }

  /** How a text is written: bare, single-quoted or double-quoted (when each is possible). */
  static String literal(String value, int style) {
    boolean bare =
        value.chars().allMatch(c -> Character.isLetterOrDigit(c) || "._@/\\*".indexOf(c) >= 0)
            && Character.isLetter(value.charAt(0));
    boolean doubled = value.indexOf('$') < 0 && value.indexOf('`') < 0 && value.indexOf('"') < 0;
    if (style % 3 == 0 && bare) {
      return value;
    }
    if (style % 3 == 1 && doubled) {
      return "\"" + value + "\"";
    }
    StringBuilder b = new StringBuilder("'");
    for (char c : value.toCharArray()) {
      b.append(c);
      if ("'\u2018\u2019\u201A\u201B".indexOf(c) >= 0) {
        b.append(c);
      }
    }
    return b.append('\'').toString();
  }

  static Gen<Sample> readOnly() {
    return cmdlets()
        .zip(
            filters(),
            resultSizes(),
            selects(),
            (cmdlet, filter, size, select) -> sample(cmdlet, filter, size, select, " ", " "))
        .zip(
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 6),
            SearchStringGuardProperties::withParameters)
        .zip(spaces(), spaces(), (s, a, b) -> s)
        .mix(
            cmdlets()
                .zip(
                    filters(),
                    selects(),
                    spaces(),
                    (cmdlet, filter, select, sp) ->
                        sample(cmdlet, filter, Optional.empty(), select, sp, sp)),
            50);
  }

  static Sample sample(
      String cmdlet,
      Optional<String> filter,
      Optional<String> size,
      Optional<List<String>> select,
      String space,
      String pipeSpace) {
    String known = SearchQuery.CMDLETS.stream().filter(cmdlet::equalsIgnoreCase).findFirst().get();
    if (!CATALOG.hasParameter(known, "Filter")) {
      filter = Optional.empty();
    }
    if (!CATALOG.hasParameter(known, "ResultSize")) {
      size = Optional.empty();
    }
    StringBuilder text = new StringBuilder(cmdlet);
    filter.ifPresent(f -> text.append(space).append("-Filter").append(space).append(literal(f, 2)));
    size.ifPresent(n -> text.append(space).append("-ResultSize").append(space).append(n));
    select.ifPresent(
        props -> {
          text.append(pipeSpace).append('|').append(pipeSpace).append("Select-Object");
          if (!props.isEmpty()) {
            text.append(space).append(String.join("," + pipeSpace, props));
          }
        });
    String canonical =
        SearchQuery.CMDLETS.stream()
            .filter(c -> c.equalsIgnoreCase(cmdlet))
            .findFirst()
            .orElseThrow();
    Map<String, SearchValue> parameters = new LinkedHashMap<>();
    filter.ifPresent(f -> parameters.put("Filter", SearchValue.text(f)));
    size.ifPresent(
        n ->
            parameters.put(
                "ResultSize",
                n.equalsIgnoreCase("Unlimited")
                    ? SearchValue.text(n)
                    : SearchValue.number(Long.parseLong(n))));
    List<String> properties = select.map(p -> p.isEmpty() ? List.of("*") : p).orElse(List.of());
    return new Sample(text.toString(), new SearchQuery(canonical, parameters, properties));
  }

  /**
   * The sample with up to three more parameters of its cmdlet inserted after the cmdlet name, each
   * with a value from {@link #WORDS} written bare, single- or double-quoted (or a switch).
   */
  static Sample withParameters(Sample sample, List<Integer> choices) {
    String cmdlet = sample.expected().cmdlet();
    List<String> names = otherParameters(cmdlet);
    Map<String, SearchValue> parameters = new LinkedHashMap<>();
    StringBuilder added = new StringBuilder();
    for (int i = 0; i + 1 < choices.size(); i += 2) {
      String name = names.get(choices.get(i) % names.size());
      if (parameters.containsKey(name)) {
        continue;
      }
      int c = choices.get(i + 1);
      String written = (c & 1) == 1 ? name.toLowerCase(java.util.Locale.ROOT) : name;
      if (CATALOG.isSwitch(cmdlet, name)) {
        boolean explicit = (c & 2) == 2;
        boolean on = (c & 4) == 4;
        parameters.put(name, new SearchValue.Switch(!explicit || on));
        added.append(" -").append(written).append(explicit ? (on ? ":$true" : ":$False") : "");
      } else {
        String word = WORDS.get((c >>> 3) % WORDS.size());
        parameters.put(name, SearchValue.text(word));
        added.append(" -").append(written).append(' ').append(literal(word, c >>> 8));
      }
    }
    parameters.putAll(sample.expected().parameters());
    String text = sample.text();
    int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
    return new Sample(
        text.substring(0, end) + added + text.substring(end),
        new SearchQuery(cmdlet, parameters, sample.expected().properties()));
  }

  @Test
  void givenReadOnlyPipelines_parse_acceptsThemAsTheQueryTheyDescribe() {
    qt().withExamples(2000)
        .forAll(readOnly())
        .check(s -> SearchStringGuard.parse(s.text()).equals(s.expected()));
  }

  @Test
  void givenAHostileFragmentAnywhereInAReadOnlyPipeline_parse_refusesIt() {
    qt().withExamples(3000)
        .forAll(readOnly(), arbitrary().pick(HOSTILE), integers().between(0, 10_000))
        .checkAssert(
            (s, fragment, at) -> {
              int position = at % (s.text().length() + 1);
              String hostile =
                  s.text().substring(0, position) + fragment + s.text().substring(position);
              SearchQuery q;
              try {
                q = SearchStringGuard.parse(hostile);
              } catch (OpenIamRequestException refused) {
                return; // refused: nothing runs
              }
              // accepted only as data inside a quoted value: same cmdlet, parameters, filter
              // and stages as the read-only pipeline it was inserted in
              SearchQuery before = s.expected();
              if (!q.cmdlet().equals(before.cmdlet())
                  || !q.parameters().keySet().equals(before.parameters().keySet())
                  || !q.filter().equals(before.filter())
                  || !q.properties().equals(before.properties())) {
                throw new AssertionError("accepted " + hostile + " as " + q);
              }
            });
  }

  @Test
  void givenArbitraryText_parse_eitherAcceptsOrRefusesButNeverFailsOtherwise() {
    qt().withExamples(3000)
        .forAll(strings().allPossible().ofLengthBetween(0, 60))
        .checkAssert(
            s -> {
              try {
                SearchStringGuard.parse(s);
              } catch (OpenIamRequestException refused) {
                // a refusal is a valid answer
              }
            });
  }
}
