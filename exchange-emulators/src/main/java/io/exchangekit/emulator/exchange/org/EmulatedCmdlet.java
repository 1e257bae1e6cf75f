package io.exchangekit.emulator.exchange.org;

import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.emulator.exchange.ps.CmdletHost.Invocation;
import io.exchangekit.emulator.exchange.ps.CommandMetadata;
import io.exchangekit.emulator.exchange.ps.CommandMetadata.Param;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One command the emulated session offers, registered with everything the session needs to know of
 * it: its name, the Exchange versions that have it, whether it asks for confirmation, where its
 * parameters come from (Microsoft's catalog, or a hand-written description for the commands the
 * catalog does not list) and its behaviour.
 *
 * @param name the command's canonical name, as the catalog spells it
 * @param scope the versions whose sessions offer the command
 * @param destructive whether it asks for confirmation unless {@code -Confirm:$false}
 * @param availability whether it is there from the start or only once the session is connected
 * @param handWritten the parameters when the catalog does not describe the command; null for a
 *     catalog binding
 * @param handler the behaviour
 */
record EmulatedCmdlet(
    String name,
    Scope scope,
    boolean destructive,
    Availability availability,
    HandWritten handWritten,
    Handler handler) {

  EmulatedCmdlet {
    Objects.requireNonNull(name, "'name' must not be null");
    Objects.requireNonNull(scope, "'scope' must not be null");
    Objects.requireNonNull(availability, "'availability' must not be null");
    Objects.requireNonNull(handler, "'handler' must not be null");
  }

  /** The Exchange versions whose sessions offer a command. */
  enum Scope {
    ALL,
    ON_PREMISES,
    ONLINE;

    boolean includes(ExchangeVersion version) {
      return switch (this) {
        case ALL -> true;
        case ON_PREMISES -> version.isOnPremises();
        case ONLINE -> version.isOnline();
      };
    }
  }

  /** When a session offers a command. */
  enum Availability {
    /** From the start: the session set-up commands and the AD module's. */
    SESSION_SET_UP,
    /**
     * Once the session is connected, and, for a catalog cmdlet, where the catalog says it applies.
     */
    EXCHANGE
  }

  /**
   * A description by hand.
   *
   * @param commonParameters the common parameters it accepts; null for all of them
   * @param parameters its parameters
   */
  record HandWritten(Set<String> commonParameters, List<Param> parameters) {}

  /** The behaviour, given the session it runs in. */
  @FunctionalInterface
  interface Handler {
    List<Object> run(CmdletContext session, Invocation invocation);
  }

  /** A behaviour of a family class {@code F}, built over the session for each call. */
  @FunctionalInterface
  interface Behaviour<F> {
    List<Object> run(F family, Invocation invocation);
  }

  /**
   * An Exchange cmdlet of the catalog, in every version the catalog gives it, once the session is
   * connected.
   */
  static <F> EmulatedCmdlet exchange(
      String name, Function<CmdletContext, F> family, Behaviour<F> behaviour) {
    return new EmulatedCmdlet(
        name, Scope.ALL, false, Availability.EXCHANGE, null, handler(family, behaviour));
  }

  /** A command the session has from the start, described by hand. */
  static <F> EmulatedCmdlet setUp(
      String name,
      Scope scope,
      Function<CmdletContext, F> family,
      Behaviour<F> behaviour,
      Param... parameters) {
    return new EmulatedCmdlet(
        name,
        scope,
        false,
        Availability.SESSION_SET_UP,
        new HandWritten(null, List.of(parameters)),
        handler(family, behaviour));
  }

  private static <F> Handler handler(Function<CmdletContext, F> family, Behaviour<F> behaviour) {
    Objects.requireNonNull(family, "'family' must not be null");
    Objects.requireNonNull(behaviour, "'behaviour' must not be null");
    return (session, invocation) -> behaviour.run(family.apply(session), invocation);
  }

  /** The same command, asking for confirmation. */
  EmulatedCmdlet asDestructive() {
    return new EmulatedCmdlet(name, scope, true, availability, handWritten, handler);
  }

  /** The same command, offered only in {@code scope}. */
  EmulatedCmdlet onlyIn(Scope only) {
    return new EmulatedCmdlet(name, only, destructive, availability, handWritten, handler);
  }

  /** The same command, with its parameters from the catalog. */
  EmulatedCmdlet describedByCatalog() {
    return new EmulatedCmdlet(name, scope, destructive, availability, null, handler);
  }

  /** The same command, described by hand with only {@code commonParameters}. */
  EmulatedCmdlet describedBy(Set<String> commonParameters, Param... parameters) {
    return new EmulatedCmdlet(
        name,
        scope,
        destructive,
        availability,
        new HandWritten(Set.copyOf(commonParameters), List.of(parameters)),
        handler);
  }

  boolean catalogBound() {
    return handWritten == null;
  }

  /** The command's parameters as a session of {@code version} binds them. */
  CommandMetadata metadata(ExchangeVersion version) {
    if (handWritten == null) {
      return CommandMetadata.fromCatalog(name, version, destructive);
    }
    Param[] parameters = handWritten.parameters().toArray(Param[]::new);
    return handWritten.commonParameters() == null
        ? CommandMetadata.simple(name, destructive, parameters)
        : CommandMetadata.restricted(name, handWritten.commonParameters(), parameters);
  }
}
