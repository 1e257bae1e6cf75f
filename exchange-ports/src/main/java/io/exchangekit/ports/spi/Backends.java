package io.exchangekit.ports.spi;

import io.exchangekit.core.mode.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds backend providers with {@link ServiceLoader}. There is no silent fallback: when no provider
 * matches, or several do and no name was given, the error lists what was found. Providers that
 * serve {@linkplain ExchangeBackendProvider#onlyWhenNamed() only when named} are never picked
 * without their name.
 */
public final class Backends {
  private Backends() {}

  /**
   * Finds the Exchange backend provider for a scope.
   *
   * @param scope never null
   * @param name the provider's name when several serve the scope; may be empty
   * @param loader the class loader to search; never null
   * @throws IllegalStateException when none or several match
   */
  public static ExchangeBackendProvider exchange(
      Scope scope, Optional<String> name, ClassLoader loader) {
    return pick(
        ServiceLoader.load(ExchangeBackendProvider.class, loader),
        p -> p.scope() == scope && name.map(n -> n.equals(p.name())).orElse(!p.onlyWhenNamed()),
        p -> p.name() + " (" + p.scope() + ")",
        p -> p.spiVersion(),
        "Exchange backend for scope " + scope + name.map(n -> " named '" + n + "'").orElse(""));
  }

  /**
   * Finds the cloud directory provider.
   *
   * @throws IllegalStateException when none or several match
   */
  public static CloudDirectoryProvider cloudDirectory(Optional<String> name, ClassLoader loader) {
    return pick(
        ServiceLoader.load(CloudDirectoryProvider.class, loader),
        p -> name.map(n -> n.equals(p.name())).orElse(!p.onlyWhenNamed()),
        CloudDirectoryProvider::name,
        CloudDirectoryProvider::spiVersion,
        "cloud directory provider" + name.map(n -> " named '" + n + "'").orElse(""));
  }

  static <P> P pick(
      ServiceLoader<P> loader,
      Predicate<P> wanted,
      Function<P, String> describe,
      Function<P, Integer> version,
      String what) {
    List<P> found = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    var iterator = loader.iterator();
    while (true) {
      P p;
      try {
        if (!iterator.hasNext()) {
          break;
        }
        p = iterator.next();
      } catch (ServiceConfigurationError e) {
        broken.add(e.getMessage());
        continue;
      }
      seen.add(describe.apply(p));
      if (version.apply(p) != ExchangeBackendProvider.SPI_VERSION) {
        broken.add(describe.apply(p) + " implements SPI version " + version.apply(p));
        continue;
      }
      if (wanted.test(p)) {
        found.add(p);
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    String detail =
        " Providers on the class path: "
            + (seen.isEmpty() ? "none" : String.join(", ", seen))
            + (broken.isEmpty() ? "" : "; unusable: " + String.join("; ", broken))
            + ".";
    if (found.isEmpty()) {
      throw new IllegalStateException("No " + what + " was found." + detail);
    }
    throw new IllegalStateException(
        "Several providers offer the " + what + "; choose one by name." + detail);
  }
}
