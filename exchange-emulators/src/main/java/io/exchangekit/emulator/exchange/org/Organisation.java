package io.exchangekit.emulator.exchange.org;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.exchangekit.emulator.exchange.org.Model.Group;
import io.exchangekit.emulator.exchange.org.Model.Mailbox;
import io.exchangekit.emulator.exchange.org.Model.State;
import io.exchangekit.emulator.exchange.org.Model.User;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * An emulated Exchange organisation: AD or cloud users with their mailboxes, distribution groups,
 * databases, policies and accepted domains. Loaded from and saved to the organisation JSON format;
 * {@link #demo()} is the shipped demo organisation. Thread-safe: every operation locks the
 * organisation.
 */
public final class Organisation {

  /** Classpath location of the shipped demo organisation. */
  public static final String DEMO_RESOURCE =
      "/io/exchangekit/emulator/exchange/demo-organisation.json";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
          .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.PUBLIC_ONLY)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final State state;
  private volatile Clock clock = Clock.systemUTC();
  private long modifications;

  private Organisation(State state) {
    this.state = state;
  }

  /** An empty organisation with the demo's domain but no users, groups, databases or policies. */
  public static Organisation empty() {
    State s = new State();
    s.acceptedDomains.add("contoso.com");
    return new Organisation(s);
  }

  /** The shipped demo organisation (a fresh copy). */
  public static Organisation demo() {
    try (InputStream in = Organisation.class.getResourceAsStream(DEMO_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("demo organisation not found: " + DEMO_RESOURCE);
      }
      return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Organisation fromJson(String json) {
    try {
      return new Organisation(MAPPER.readValue(json, State.class));
    } catch (IOException e) {
      throw new IllegalArgumentException("not a valid organisation file: " + e.getMessage(), e);
    }
  }

  public static Organisation load(Path file) {
    try {
      return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read organisation file " + file, e);
    }
  }

  public synchronized String toJson() {
    try {
      return MAPPER.writeValueAsString(state);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void save(Path file) {
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, toJson(), StandardCharsets.UTF_8);
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write organisation file " + file, e);
    }
  }

  /** Replaces this organisation's content with another's (used to pick up a shared state file). */
  public synchronized void replaceWith(Organisation other) {
    State o;
    synchronized (other) {
      o = fromJson(other.toJson()).state;
    }
    state.name = o.name;
    state.domainController = o.domainController;
    state.exchangeServer = o.exchangeServer;
    state.tenant = o.tenant;
    state.acceptedDomains = o.acceptedDomains;
    state.organizationalUnits = o.organizationalUnits;
    state.databases = o.databases;
    state.archiveDatabases = o.archiveDatabases;
    state.policies = o.policies;
    state.mailboxProvisioningDelayMillis = o.mailboxProvisioningDelayMillis;
    state.users = o.users;
    state.groups = o.groups;
  }

  /** The Exchange server's name, as error records show it in PSComputerName. */
  public synchronized String exchangeServer() {
    return state.exchangeServer;
  }

  /** The clock that times the Online mailbox provisioning delay. */
  public void setClock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
  }

  /** How long after an Exchange licence an Online mailbox appears. */
  public synchronized void setMailboxProvisioningDelay(java.time.Duration delay) {
    state.mailboxProvisioningDelayMillis = delay.toMillis();
    modifications++;
  }

  /** Counts changes, so a caller can tell whether a script changed anything. */
  public synchronized long modifications() {
    return modifications;
  }

  /**
   * Hook for the Graph emulator: the user's licences changed. A cloud user is created if unknown;
   * with an Exchange plan its mailbox appears after the provisioning delay; without one the mailbox
   * is gone (as when Exchange licences are removed).
   *
   * @param userPrincipalName the cloud user's UPN
   * @param displayName the display name, used when the user is new
   * @param hasExchangePlan whether an enabled Exchange Online service plan is now assigned
   */
  public synchronized void licenceChanged(
      String userPrincipalName, String displayName, boolean hasExchangePlan) {
    Objects.requireNonNull(userPrincipalName, "'userPrincipalName' must not be null");
    User u = userByUpn(userPrincipalName).orElse(null);
    if (u == null) {
      u = new User();
      u.guid = UUID.randomUUID().toString();
      u.userPrincipalName = userPrincipalName;
      // Exchange Online names a recipient created for a cloud user after its
      // ExternalDirectoryObjectId, a GUID (MC365786, rolled out from 2022-09 and 2023-01;
      // docs/fidelity.md, recipient lists); this emulator's Guid stands for that identifier
      u.name = u.guid;
      String local =
          userPrincipalName.substring(
              0,
              userPrincipalName.indexOf('@') < 0
                  ? userPrincipalName.length()
                  : userPrincipalName.indexOf('@'));
      u.displayName = displayName == null ? local : displayName;
      u.cloud = true;
      state.users.add(u);
    }
    if (hasExchangePlan && !u.exchangeLicence) {
      u.exchangeLicence = true;
      u.exchangeLicensedAtMillis = clock.millis();
    } else if (!hasExchangePlan) {
      u.exchangeLicence = false;
      u.exchangeLicensedAtMillis = null;
      u.mailbox = null;
    }
    modifications++;
  }

  /**
   * Hook for the Graph emulator: a cloud user was deleted; with it goes its mailbox.
   *
   * @return whether such a cloud user existed
   */
  public synchronized boolean cloudUserDeleted(String userPrincipalName) {
    boolean removed =
        state.users.removeIf(
            u -> u.cloud && userPrincipalName.equalsIgnoreCase(u.userPrincipalName));
    if (removed) {
      modifications++;
    }
    return removed;
  }

  /**
   * Hook for the Graph emulator: a cloud user's sign-in was blocked or allowed ({@code
   * accountEnabled}); Get-User and Get-Mailbox show it as AccountDisabled.
   *
   * @return whether such a cloud user exists
   */
  public synchronized boolean signInChanged(String userPrincipalName, boolean enabled) {
    Optional<User> u = userByUpn(userPrincipalName).filter(x -> x.cloud);
    u.ifPresent(
        x -> {
          x.enabled = enabled;
          if (x.mailbox != null) {
            x.mailbox.accountDisabled = !enabled;
          }
          modifications++;
        });
    return u.isPresent();
  }

  /** Whether the user (by UPN) has a mailbox now (Online: licensed and past the delay). */
  public synchronized boolean hasMailbox(String userPrincipalName) {
    provisionDueMailboxes();
    return userByUpn(userPrincipalName).map(u -> u.mailbox != null).orElse(false);
  }

  /** Whether a user with this UPN exists (AD or cloud). */
  public synchronized boolean hasUser(String userPrincipalName) {
    return userByUpn(userPrincipalName).isPresent();
  }

  /** Whether the AD account of the user (any identity) is enabled; empty if unknown. */
  public synchronized Optional<Boolean> accountEnabled(String identity) {
    return state.users.stream()
        .filter(
            u ->
                identity.equalsIgnoreCase(u.userPrincipalName)
                    || identity.equalsIgnoreCase(u.samAccountName)
                    || identity.equalsIgnoreCase(u.name))
        .findFirst()
        .map(u -> u.enabled);
  }

  /** Runs {@code action} under the organisation's lock, after due Online mailboxes appeared. */
  synchronized <T> T locked(Supplier<T> action) {
    provisionDueMailboxes();
    return action.get();
  }

  synchronized void changed() {
    modifications++;
  }

  /** The organisation clock's time, in milliseconds. */
  long now() {
    return clock.millis();
  }

  /**
   * An AD user with a remote mailbox, as directory synchronisation (Entra Connect) takes it to the
   * tenant.
   *
   * @param remoteSinceMillis when its remote mailbox was enabled, by the organisation's clock
   */
  public record RemoteMailboxUser(
      String userPrincipalName,
      String displayName,
      String alias,
      boolean enabled,
      long remoteSinceMillis) {}

  /** The AD users that have a remote mailbox and a user principal name, for synchronisation. */
  public synchronized List<RemoteMailboxUser> remoteMailboxUsers() {
    List<RemoteMailboxUser> out = new ArrayList<>();
    for (User u : state.users) {
      if (!u.cloud && u.remoteMailbox != null && u.userPrincipalName != null) {
        out.add(
            new RemoteMailboxUser(
                u.userPrincipalName,
                u.displayName == null ? u.name : u.displayName,
                u.remoteMailbox.alias,
                u.enabled,
                u.remoteMailboxSinceMillis == null ? 0 : u.remoteMailboxSinceMillis));
      }
    }
    return out;
  }

  /** Milliseconds of the organisation's clock, for a synchronisation cycle's delay. */
  public long clockMillis() {
    return clock.millis();
  }

  State state() {
    return state;
  }

  Clock clock() {
    return clock;
  }

  private void provisionDueMailboxes() {
    long now = clock.millis();
    for (User u : state.users) {
      if (u.cloud
          && u.exchangeLicence
          && u.mailbox == null
          && u.exchangeLicensedAtMillis != null
          && now >= u.exchangeLicensedAtMillis + state.mailboxProvisioningDelayMillis) {
        Mailbox m = new Mailbox();
        m.alias = u.userPrincipalName.substring(0, u.userPrincipalName.indexOf('@'));
        m.emailAddresses.add("SMTP:" + u.userPrincipalName);
        m.roleAssignmentPolicy = first(state.policies.roleAssignment);
        m.retentionPolicy = first(state.policies.retention);
        m.sharingPolicy = first(state.policies.sharing);
        u.mailbox = m;
        modifications++;
      }
    }
  }

  private static String first(List<String> names) {
    return names.isEmpty() ? null : names.get(0);
  }

  private Optional<User> userByUpn(String upn) {
    return state.users.stream().filter(u -> upn.equalsIgnoreCase(u.userPrincipalName)).findFirst();
  }

  /**
   * Adds {@code count} AD users with user mailboxes named {@code prefix0 … prefixN-1} (UPN and
   * primary address {@code name@<first accepted domain>}, first database), without the per-call
   * uniqueness checks of New-Mailbox: for benchmarks that need a large organisation quickly.
   */
  public synchronized void addMailboxes(String prefix, int count) {
    String domain = state.acceptedDomains.get(0);
    for (int i = 0; i < count; i++) {
      User u = new User();
      u.guid = UUID.randomUUID().toString();
      u.name = prefix + i;
      u.displayName = u.name;
      u.userPrincipalName = u.name + "@" + domain;
      u.samAccountName = u.name.length() > 20 ? null : u.name;
      u.organizationalUnit = first(state.organizationalUnits);
      Mailbox m = new Mailbox();
      m.alias = u.name;
      m.emailAddresses.add("SMTP:" + u.userPrincipalName);
      m.database = first(state.databases);
      m.retentionPolicy = first(state.policies.retention);
      m.sharingPolicy = first(state.policies.sharing);
      m.roleAssignmentPolicy = first(state.policies.roleAssignment);
      u.mailbox = m;
      state.users.add(u);
    }
    modifications++;
  }

  /** Names of the groups (for tests and tools). */
  public synchronized List<String> groupNames() {
    List<String> out = new ArrayList<>();
    for (Group g : state.groups) {
      out.add(g.name);
    }
    return out;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
