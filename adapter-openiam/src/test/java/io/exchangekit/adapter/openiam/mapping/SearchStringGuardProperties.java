package io.exchangekit.adapter.openiam.mapping;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.exchangekit.adapter.openiam.model.OpenIamRequestException;
import io.exchangekit.core.search.SearchQuery;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SearchStringGuardProperties {
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

  static final List<String> FILTER_PARTS =
      List.of(
          "Name",
          " -like ",
          "j*",
          " -eq ",
          "$true",
          "$null",
          "'",
          "\"x\"",
          "Department",
          " -and ",
          "(",
          ")",
          "1",
          "CustomAttribute1",
          " -ne ",
          "O'Brien",
          "jdoe@contoso.com",
          "-");

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

  static Gen<Optional<String>> filters() {
    return lists()
        .of(arbitrary().pick(FILTER_PARTS))
        .ofSizeBetween(1, 5)
        .map(parts -> String.join("", parts))
        .map(f -> f.isBlank() ? Optional.<String>empty() : Optional.of(f))
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

  static Gen<Sample> readOnly() {
    return cmdlets()
        .zip(
            filters(),
            resultSizes(),
            selects(),
            (cmdlet, filter, size, select) -> sample(cmdlet, filter, size, select, " ", " "))
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
    StringBuilder text = new StringBuilder(cmdlet);
    filter.ifPresent(
        f ->
            text.append(space)
                .append("-Filter")
                .append(space)
                .append('\'')
                .append(f.replace("'", "''"))
                .append('\''));
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
    OptionalInt resultSize =
        size.filter(n -> !n.equalsIgnoreCase("Unlimited"))
            .map(n -> OptionalInt.of(Integer.parseInt(n)))
            .orElse(OptionalInt.empty());
    List<String> properties = select.map(p -> p.isEmpty() ? List.of("*") : p).orElse(List.of());
    return new Sample(text.toString(), new SearchQuery(canonical, filter, properties, resultSize));
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
              try {
                SearchQuery q = SearchStringGuard.parse(hostile);
                throw new AssertionError("accepted " + hostile + " as " + q);
              } catch (OpenIamRequestException refused) {
                // expected
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
