package io.exchangekit.adapter.graph;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PasswordGeneratorProperties {

  @Test
  void givenAnySeed_next_meetsEntraComplexityWithAllFourClasses() {
    qt().withExamples(500)
        .forAll(longs().all())
        .check(
            seed -> {
              String p = new PasswordGenerator(new Random(seed)).next();
              return p.length() == PasswordGenerator.LENGTH
                  && p.chars().anyMatch(Character::isLowerCase)
                  && p.chars().anyMatch(Character::isUpperCase)
                  && p.chars().anyMatch(Character::isDigit)
                  && p.chars().anyMatch(c -> !Character.isLetterOrDigit(c))
                  && p.chars().allMatch(c -> c > 32 && c < 127);
            });
  }
}
