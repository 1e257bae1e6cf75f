package io.exchangekit.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Condition: a type an adapter makes visible outside its packages (public, and every class it is
 * nested in public too) is its provider, a configuration its provider takes, a type nested in one
 * of these, or on the adapter's documented list.
 *
 * <ul>
 *   <li>A provider implements an interface of the provider SPI package.
 *   <li>A configuration is named {@code *Config} and a public method or constructor of a provider
 *       of the same module takes it.
 *   <li>A list entry is a class name relative to the adapter's package ({@code PowerShellOptions},
 *       {@code amqp.RabbitMqSettings}) or a sub-package ending in {@code ..} ({@code model..}),
 *       each given with the reason it is public.
 * </ul>
 */
final class AdapterSurface extends ArchCondition<JavaClass> {

  /** An adapter module: its package and its documented list (entry → reason). */
  record Adapter(String name, String packageName, Map<String, String> listed) {}

  private final List<Adapter> adapters;
  private final String providerPackage;

  private AdapterSurface(List<Adapter> adapters, String providerPackage) {
    super(
        "be their adapter's provider, a config its provider takes, or on its documented list "
            + listing(adapters));
    this.adapters = List.copyOf(adapters);
    this.providerPackage = providerPackage;
  }

  static AdapterSurface of(List<Adapter> adapters, String providerPackage) {
    return new AdapterSurface(adapters, providerPackage);
  }

  /** Whether the class can be named from outside its package: public, and so is every outer one. */
  static boolean isExposed(JavaClass type) {
    for (Optional<JavaClass> c = Optional.of(type);
        c.isPresent();
        c = c.get().getEnclosingClass()) {
      if (!c.get().getModifiers().contains(JavaModifier.PUBLIC)
          || c.get().isAnonymousClass()
          || c.get().isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void check(JavaClass type, ConditionEvents events) {
    Optional<Adapter> adapter = adapterOf(type);
    if (adapter.isEmpty() || !isExposed(type)) {
      return;
    }
    JavaClass outermost = type;
    while (outermost.getEnclosingClass().isPresent()) {
      outermost = outermost.getEnclosingClass().get();
    }
    boolean allowed =
        isProvider(outermost)
            || isConfigOfAProvider(outermost, adapter.get())
            || listed(outermost, adapter.get()).isPresent();
    events.add(
        new SimpleConditionEvent(
            type,
            allowed,
            type.getName()
                + " is public in "
                + adapter.get().name()
                + " but is neither its provider (implements an interface of "
                + providerPackage
                + "), a *Config a public provider method takes, nor on its list "
                + adapter.get().listed().keySet()
                + (type.equals(outermost) ? "" : " (nor nested in one of these)")));
  }

  private boolean isProvider(JavaClass type) {
    return type.getAllRawInterfaces().stream()
        .anyMatch(i -> i.getPackageName().equals(providerPackage));
  }

  private boolean isConfigOfAProvider(JavaClass type, Adapter adapter) {
    if (!type.getSimpleName().endsWith("Config")) {
      return false;
    }
    return Stream.concat(
            type.getMethodsWithParameterTypeOfSelf().stream(),
            type.getConstructorsWithParameterTypeOfSelf().stream())
        .filter(AdapterSurface::isPublic)
        .map(JavaCodeUnit::getOwner)
        .anyMatch(owner -> isProvider(owner) && adapterOf(owner).equals(Optional.of(adapter)));
  }

  private static boolean isPublic(JavaCodeUnit codeUnit) {
    return codeUnit.getModifiers().contains(JavaModifier.PUBLIC);
  }

  /** The list entry that allows {@code type}, if any. */
  static Optional<String> listed(JavaClass type, Adapter adapter) {
    String relative = type.getName().substring(adapter.packageName().length() + 1);
    for (String entry : adapter.listed().keySet()) {
      if (entry.endsWith("..")
          ? relative.startsWith(entry.substring(0, entry.length() - 1))
          : relative.equals(entry)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  private Optional<Adapter> adapterOf(JavaClass type) {
    String pkg = type.getPackageName();
    // the most specific declared package wins (no adapter package nests in another today)
    return adapters.stream()
        .filter(a -> pkg.equals(a.packageName()) || pkg.startsWith(a.packageName() + "."))
        .max((a, b) -> Integer.compare(a.packageName().length(), b.packageName().length()));
  }

  private static String listing(List<Adapter> adapters) {
    Map<String, List<String>> byModule = new LinkedHashMap<>();
    for (Adapter a : adapters) {
      byModule.put(a.name(), new ArrayList<>(a.listed().keySet()));
    }
    return byModule.toString();
  }
}
