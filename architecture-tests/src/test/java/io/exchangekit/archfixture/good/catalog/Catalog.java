package io.exchangekit.archfixture.good.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Allowed: a library reading its data with Jackson. */
public record Catalog(JsonNode root) {
  public List<String> names() {
    return List.of(root.path("name").asText());
  }
}
