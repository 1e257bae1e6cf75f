package io.exchangekit.adapter.graph;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.recipient.UserPrincipalName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Users this adapter has just created, with their state as the adapter knows it from the POST's
 * answer and its own writes since. Entra ID replicates a new object for seconds to minutes, during
 * which Graph may answer 404 for it; a user listed here is known to exist, so a 404 is lag, not
 * absence. Entries are forgotten once the object has surely replicated.
 */
final class FreshUsers {

  record Fresh(CloudUser state, Instant createdAt) {}

  private final Map<String, Fresh> users = new ConcurrentHashMap<>();
  private final Duration keep;
  private final Clock clock;

  FreshUsers(Duration replicationWait, Clock clock) {
    Duration twice = replicationWait.multipliedBy(2);
    this.keep = twice.compareTo(Duration.ofMinutes(2)) > 0 ? twice : Duration.ofMinutes(2);
    this.clock = clock;
  }

  void created(CloudUser user) {
    users.put(key(user.userPrincipalName()), new Fresh(user, clock.instant()));
  }

  Optional<Fresh> get(UserPrincipalName upn) {
    Instant now = clock.instant();
    users.values().removeIf(f -> !now.isBefore(f.createdAt().plus(keep)));
    return Optional.ofNullable(users.get(key(upn)));
  }

  /** Records a change the adapter made to a fresh user. */
  void changed(UserPrincipalName upn, UnaryOperator<CloudUser> change) {
    users.computeIfPresent(key(upn), (k, f) -> new Fresh(change.apply(f.state()), f.createdAt()));
  }

  void forget(UserPrincipalName upn) {
    users.remove(key(upn));
  }

  private static String key(UserPrincipalName upn) {
    return upn.value().toLowerCase(Locale.ROOT);
  }
}
