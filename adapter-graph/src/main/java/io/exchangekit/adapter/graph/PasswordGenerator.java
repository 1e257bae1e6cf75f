package io.exchangekit.adapter.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Passwords for cloud users created without one: 16 characters with lower and upper case letters,
 * digits and symbols (Entra ID's complexity rule asks for three of the four). They are sent once to
 * Graph and never returned or logged.
 */
final class PasswordGenerator {

  static final int LENGTH = 16;
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String DIGITS = "23456789";
  private static final String SYMBOLS = "!#$%&*+-=?@^_~";
  private static final String ALL = LOWER + UPPER + DIGITS + SYMBOLS;

  private final Random random;

  PasswordGenerator(Random random) {
    this.random = random;
  }

  String next() {
    List<Character> chars = new ArrayList<>();
    for (String set : List.of(LOWER, UPPER, DIGITS, SYMBOLS)) {
      chars.add(set.charAt(random.nextInt(set.length())));
    }
    while (chars.size() < LENGTH) {
      chars.add(ALL.charAt(random.nextInt(ALL.length())));
    }
    Collections.shuffle(chars, random);
    StringBuilder sb = new StringBuilder(LENGTH);
    chars.forEach(sb::append);
    return sb.toString();
  }
}
