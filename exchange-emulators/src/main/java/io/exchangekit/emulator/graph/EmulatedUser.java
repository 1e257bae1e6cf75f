package io.exchangekit.emulator.graph;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A read-only snapshot of a user of the emulated tenant, for assertions.
 *
 * @param licences assigned SKU id to its disabled plan ids
 * @param sessionRevocations how many times the user's sign-in sessions were revoked
 */
public record EmulatedUser(
    UUID id,
    String userPrincipalName,
    String displayName,
    String mailNickname,
    boolean accountEnabled,
    Optional<String> usageLocation,
    Map<UUID, Set<UUID>> licences,
    int sessionRevocations,
    Instant signInSessionsValidFrom) {

  public EmulatedUser {
    licences = Map.copyOf(licences);
  }
}
