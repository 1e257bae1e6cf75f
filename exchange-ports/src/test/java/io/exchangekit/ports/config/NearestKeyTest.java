package io.exchangekit.ports.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearestKeyTest {
  @Test
  void givenOneEditOfEachKind_distance_isOne() {
    assertEquals(1, NearestKey.distance("pool.maxSessions", "pool.maxSesions"));
    assertEquals(1, NearestKey.distance("pool.maxSessions", "pool.maxSessionss"));
    assertEquals(1, NearestKey.distance("pool.maxSessions", "pool.maxSessiens"));
    assertEquals(1, NearestKey.distance("pool.maxSessions", "pool.maxSessoins"));
    assertEquals(0, NearestKey.distance("AppAuth", "appauth"));
    assertEquals(3, NearestKey.distance("abc", ""));
  }

  @Test
  void givenAKeyFarFromEveryKnownKey_of_suggestsNothing() {
    List<String> known = List.of("premise.server", "premise.login");

    assertEquals(Optional.of("premise.server"), NearestKey.of("premise.srever", known));
    assertEquals(Optional.empty(), NearestKey.of("ldap.url", known));
  }
}
