package io.exchangekit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestSplitterTest {
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    new RequestSplitter(new StringReader(text)).forEachRemaining(out::add);
    return out;
  }

  @Test
  void givenOneObject_split_yieldsIt() {
    assertEquals(List.of("{\"a\":1}"), split("  {\"a\":1}\n"));
  }

  @Test
  void givenAnArray_split_yieldsEachObject() {
    assertEquals(
        List.of("{\"a\":[1,2]}", "{\"b\":\"}\"}"), split("[ {\"a\":[1,2]} ,\n {\"b\":\"}\"} ]"));
  }

  @Test
  void givenJsonLinesAndPrettyObjects_split_yieldsEachObject() {
    assertEquals(
        List.of("{\"a\":\"x\\\"}\"}", "{\n  \"b\": {\"c\": 1}\n}", "{\"d\":2}"),
        split("{\"a\":\"x\\\"}\"}\n{\n  \"b\": {\"c\": 1}\n}\n\n{\"d\":2}\n"));
  }

  @Test
  void givenGarbageBetweenRequests_split_keepsItAsABadRequestAndGoesOn() {
    assertEquals(
        List.of("{\"a\":1}", "oops", "{\"b\":2}", "{\"c\":"),
        split("{\"a\":1}\noops\n{\"b\":2}\n{\"c\":"));
  }
}
