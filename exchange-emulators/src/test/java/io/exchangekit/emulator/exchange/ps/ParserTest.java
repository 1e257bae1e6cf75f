package io.exchangekit.emulator.exchange.ps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.exchangekit.emulator.exchange.ps.Ast.Command;
import io.exchangekit.emulator.exchange.ps.Ast.PipelineStatement;
import io.exchangekit.emulator.exchange.ps.Ast.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

  @Test
  void givenEachOfTheFiveSingleQuotes_parse_endsAndDoublesTheLiteral() {
    for (char q : new char[] {'\'', '\u2018', '\u2019', '\u201A', '\u201B'}) {
      List<Statement> s = Parser.parse("'a" + q + q + "b'");
      Ast.ExpressionElement e =
          (Ast.ExpressionElement) ((PipelineStatement) s.get(0)).pipeline().elements().get(0);
      assertEquals("a" + q + "b", ((Ast.Literal) e.expression()).value());
      assertThrows(ParseException.class, () -> Parser.parse("'a" + q + "b'"), "quote " + (int) q);
    }
  }

  @Test
  void givenUnicodeBlanksBetweenArguments_parse_separatesThemAndTerminates() {
    // Vertical tab, form feed, an em space and U+2028 are PowerShell blanks: each once made the
    // argument loop stop advancing.
    for (char blank : new char[] {'\u000B', '\f', '\u2003', '\u2028', '\u3000'}) {
      Command c =
          (Command)
              ((PipelineStatement) Parser.parse("Get-Mailbox" + blank + "a" + blank + "b").get(0))
                  .pipeline()
                  .elements()
                  .get(0);
      assertEquals(2, c.arguments().size(), "blank " + (int) blank);
    }
  }

  @Test
  void givenTemplate_parse_yieldsAssignmentsTryAndConvertTo() {
    List<Statement> s =
        Parser.parse(
            "$ProgressPreference='SilentlyContinue';$WarningPreference='SilentlyContinue';$ev=$null;try{$r=@(Set-Mailbox -Identity 'jdoe@contoso.com' -HiddenFromAddressListsEnabled $true -ErrorAction Stop -ErrorVariable ev -WarningAction SilentlyContinue -Confirm:$false 3>$null);$o=[pscustomobject]@{n='7f3a';ok=($ev.Count -eq 0);data=$r;err=@($ev|%{\"$_\"})}}catch{$o=[pscustomobject]@{n='7f3a';ok=$false;reason=$_.CategoryInfo.Reason;fqid=$_.FullyQualifiedErrorId;message=$_.Exception.Message}};ConvertTo-Json -InputObject $o -Depth 5 -Compress");
    assertEquals(5, s.size());
    assertInstanceOf(Ast.Try.class, s.get(3));
    Command convert = (Command) ((PipelineStatement) s.get(4)).pipeline().elements().get(0);
    assertEquals("ConvertTo-Json", convert.name());
  }

  @Test
  void givenEnDashParameter_parse_treatsItAsAParameter() {
    Command c =
        (Command)
            ((PipelineStatement) Parser.parse("Get-Mailbox \u2013Identity x").get(0))
                .pipeline()
                .elements()
                .get(0);
    assertInstanceOf(Ast.NamedArgument.class, c.arguments().get(0));
  }

  @Test
  void givenOutsideTheSubset_parse_failsInsteadOfSkipping() {
    assertThrows(ParseException.class, () -> Parser.parse("$x.ToString()"));
    assertThrows(ParseException.class, () -> Parser.parse("Get-Mailbox > out.txt"));
    assertThrows(ParseException.class, () -> Parser.parse("'unterminated"));
    assertThrows(ParseException.class, () -> Parser.parse("try { Get-Mailbox }"));
    assertThrows(ParseException.class, () -> Parser.parse("Get-Mailbox | 'x'"));
    assertThrows(ParseException.class, () -> Parser.parse("@{a=1"));
    assertThrows(ParseException.class, () -> Parser.parse("${braced}"));
    assertThrows(ParseException.class, () -> Parser.parse("if ($true) { 'x' }"));
    assertThrows(ParseException.class, () -> Parser.parse("foreach ($m in $x) { $m }"));
    assertThrows(ParseException.class, () -> Parser.parse("throw 'x'"));
    assertThrows(
        ParseException.class, () -> Parser.parse("try { 'a' } catch { 'b' } finally { 'c' }"));
    // after a pipe, foreach is ForEach-Object's alias
    Parser.parse("@(1,2) | foreach { $_ }");
    Parser.parse("Enable-Mailbox x; Do-Something y; End-Thing");
  }
}
