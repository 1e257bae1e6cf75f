package io.exchangekit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Boundary rules of a hexagonal library, declared once and pointed at any root package: the real
 * product ({@code io.exchangekit}) or a fixture tree ({@code io.exchangekit.archfixture.bad}).
 *
 * <p>Every module is declared by its Maven name and its package relative to the root. Each rule
 * method returns a plain {@link ArchRule}; {@link #rules()} lists them all, {@link #check} runs
 * them all. The rules themselves tolerate an empty module; whether a module must contain classes is
 * decided by one explicit list, {@link #withCodeIn}, and enforced by {@link
 * #namedPackagesContainClasses()} (a listed module without classes, or a listed name that no module
 * has, fails) and {@link #unlistedModulesContainNoClasses()} (a module that gained classes but is
 * not on the list fails, so the list cannot fall behind the code).
 */
public final class HexagonalArchitecture {

  /** What a module is for; decides which rules apply to it. */
  enum Role {
    DOMAIN,
    PORTS,
    ADAPTER,
    TEST_FIXTURES,
    EMULATORS,
    COMPOSITION_ROOT,
    LIBRARY
  }

  /** One declared module: its Maven name, its role and its absolute package. */
  record Module(String name, Role role, String packageName) {
    String packages() {
      return packageName + "..";
    }
  }

  private static final String[] TEST_FRAMEWORKS = {"org.junit..", "org.quicktheories.."};
  private final String root;
  private final Map<String, Module> modules = new LinkedHashMap<>();
  private final Map<String, Set<String>> adapterMayUse = new LinkedHashMap<>();
  private final List<String> vendorPackages = new ArrayList<>();
  private final Set<String> environmentReaders = new LinkedHashSet<>();
  private final Set<String> modulesWithCode = new LinkedHashSet<>();
  private final Map<String, List<String>> libraryMayUse = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> adapterMayExpose = new LinkedHashMap<>();
  private Ports ports;

  private HexagonalArchitecture(String root) {
    this.root = Objects.requireNonNull(root, "'root' must not be null");
  }

  /** Starts a declaration whose packages are all relative to {@code rootPackage}. */
  public static HexagonalArchitecture underRoot(String rootPackage) {
    return new HexagonalArchitecture(rootPackage);
  }

  /** The domain: may depend on itself and the JDK only (an allow-list). */
  public HexagonalArchitecture domain(String module, String relativePackage) {
    declare(module, Role.DOMAIN, relativePackage);
    return this;
  }

  /** The ports module; continue with its sub-packages and finish with {@link Ports#and()}. */
  public Ports ports(String module, String relativePackage) {
    if (ports != null) {
      throw new IllegalStateException("ports are declared twice");
    }
    ports = new Ports(declare(module, Role.PORTS, relativePackage));
    return ports;
  }

  /** An adapter: depends on no other adapter unless {@link #adapterMayUse} says so. */
  public HexagonalArchitecture adapter(String module, String relativePackage) {
    declare(module, Role.ADAPTER, relativePackage);
    adapterMayUse.put(module, new LinkedHashSet<>());
    return this;
  }

  /** Lets adapter {@code user} depend on {@code shared}, its shared infrastructure. */
  public HexagonalArchitecture adapterMayUse(String user, String shared) {
    requireRole(user, Role.ADAPTER);
    requireRole(shared, Role.ADAPTER);
    adapterMayUse.get(user).add(shared);
    return this;
  }

  /**
   * Public types adapter {@code module} may expose besides its provider and the configs its
   * provider takes, with the reason they are public: class names relative to the adapter's package
   * ({@code PowerShellOptions}, {@code amqp.RabbitMqSettings}) or sub-packages ending in {@code
   * ..}.
   */
  public HexagonalArchitecture adapterMayExpose(String module, String reason, String... entries) {
    requireRole(module, Role.ADAPTER);
    Objects.requireNonNull(reason, "'reason' must not be null");
    for (String entry : entries) {
      adapterMayExpose.computeIfAbsent(module, m -> new LinkedHashMap<>()).put(entry, reason);
    }
    return this;
  }

  /** Test support shipped as a module: never depends on an adapter. */
  public HexagonalArchitecture testFixtures(String module, String relativePackage) {
    declare(module, Role.TEST_FIXTURES, relativePackage);
    return this;
  }

  /**
   * Emulators of the external systems, shipped as runtime code (the embedded mode runs on them):
   * never depend on an adapter, nor on a test framework.
   */
  public HexagonalArchitecture emulators(String module, String relativePackage) {
    declare(module, Role.EMULATORS, relativePackage);
    return this;
  }

  /** The module that wires adapters together for a runnable product. */
  public HexagonalArchitecture compositionRoot(String module, String relativePackage) {
    declare(module, Role.COMPOSITION_ROOT, relativePackage);
    return this;
  }

  /**
   * A stand-alone library of ours (reference data and its reader): depends on nothing of ours, only
   * on itself, the JDK and the third-party packages named here ({@code com.fasterxml..}).
   */
  public HexagonalArchitecture library(
      String module, String relativePackage, String... thirdPartyPackages) {
    declare(module, Role.LIBRARY, relativePackage);
    libraryMayUse.put(module, List.of(thirdPartyPackages));
    return this;
  }

  /**
   * Packages of third-party SDKs that no public adapter signature may mention, in ArchUnit syntax
   * ({@code com.microsoft.graph..}).
   */
  public HexagonalArchitecture vendorTypesIn(String... packageIdentifiers) {
    vendorPackages.addAll(List.of(packageIdentifiers));
    return this;
  }

  /** The only modules allowed to read environment variables and system properties. */
  public HexagonalArchitecture mayReadEnvironment(String... moduleNames) {
    for (String name : moduleNames) {
      requireModule(name);
      environmentReaders.add(name);
    }
    return this;
  }

  /**
   * The modules that must contain classes (the vacuity guard). Names are Maven module names; a name
   * that no declared module has makes {@link #namedPackagesContainClasses()} fail.
   */
  public HexagonalArchitecture withCodeIn(Set<String> moduleNames) {
    modulesWithCode.clear();
    modulesWithCode.addAll(moduleNames);
    return this;
  }

  /** The ports module's sub-packages. */
  public final class Ports {
    private final Module module;
    private String incoming;
    private String outgoing;
    private String providers;
    private String services;
    private String factory;

    private Ports(Module module) {
      this.module = module;
    }

    /** Use cases the driving side calls. */
    public Ports incoming(String relativePackage) {
      incoming = sub(relativePackage);
      return this;
    }

    /** Driven ports the adapters implement. */
    public Ports outgoing(String relativePackage) {
      outgoing = sub(relativePackage);
      return this;
    }

    /** The provider SPI adapters register with. */
    public Ports providers(String relativePackage) {
      providers = sub(relativePackage);
      return this;
    }

    /** Use-case implementations, reachable from outside only through {@code publicFactory}. */
    public Ports services(String relativePackage, String publicFactory) {
      services = sub(relativePackage);
      factory = services + "." + publicFactory;
      return this;
    }

    /** Back to the architecture. */
    public HexagonalArchitecture and() {
      Objects.requireNonNull(incoming, "incoming ports are not declared");
      Objects.requireNonNull(outgoing, "outgoing ports are not declared");
      Objects.requireNonNull(providers, "the provider SPI is not declared");
      Objects.requireNonNull(services, "services are not declared");
      return HexagonalArchitecture.this;
    }

    private String sub(String relativePackage) {
      return module.packageName() + "." + relativePackage;
    }
  }

  // ---------------------------------------------------------------- rules

  /** Rule 1: the domain depends on nothing but itself and {@code java..}. */
  public ArchRule domainDependsOnlyOnItselfAndTheJdk() {
    String domain = packagesOf(Role.DOMAIN)[0];
    return noClasses()
        .that()
        .resideInAPackage(domain)
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(domain, "java..")
        .allowEmptyShould(true);
  }

  /** Rule 2: the ports depend on nothing but themselves, the domain and {@code java..}. */
  public ArchRule portsDependOnlyOnTheDomainAndTheJdk() {
    String portsPackages = requirePorts().module.packages();
    return noClasses()
        .that()
        .resideInAPackage(portsPackages)
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(portsPackages, packagesOf(Role.DOMAIN)[0], "java..")
        .allowEmptyShould(true);
  }

  /** Rule 2: a use case never mentions a driven port. */
  public ArchRule incomingPortsDoNotDependOnOutgoingPorts() {
    return noDependency(requirePorts().incoming, ports.outgoing);
  }

  /** Rule 2: a driven port never mentions a use case. */
  public ArchRule outgoingPortsDoNotDependOnIncomingPorts() {
    return noDependency(requirePorts().outgoing, ports.incoming);
  }

  /** Rule 2: neither use cases nor driven ports know their implementations. */
  public ArchRule portsDoNotDependOnServices() {
    Ports p = requirePorts();
    return noClasses()
        .that()
        .resideInAnyPackage(p.incoming + "..", p.outgoing + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(p.services + "..")
        .allowEmptyShould(true);
  }

  /**
   * Rule 2: outside the services package, only the public factory (and its nested types) is used.
   */
  public ArchRule servicesAreReachedOnlyThroughTheirFactory() {
    Ports p = requirePorts();
    DescribedPredicate<JavaClass> factoryOrNested =
        DescribedPredicate.describe(
            "are " + p.factory + " or nested in it",
            c -> c.getName().equals(p.factory) || c.getName().startsWith(p.factory + "$"));
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackage(p.services + "..")
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage(p.services + "..").and(not(factoryOrNested)))
        .allowEmptyShould(true);
  }

  /** Rule 3: no adapter depends on another, except on shared infrastructure it was allowed. */
  public ArchRule adaptersDoNotDependOnEachOther() {
    List<ArchRule> perAdapter = new ArrayList<>();
    for (Module adapter : modulesWith(Role.ADAPTER)) {
      String[] forbidden =
          modulesWith(Role.ADAPTER).stream()
              .filter(other -> !other.equals(adapter))
              .filter(other -> !adapterMayUse.get(adapter.name()).contains(other.name()))
              .map(Module::packages)
              .toArray(String[]::new);
      if (forbidden.length == 0) {
        continue;
      }
      perAdapter.add(
          noClasses()
              .that()
              .resideInAPackage(adapter.packages())
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(forbidden)
              .allowEmptyShould(true));
    }
    if (perAdapter.isEmpty()) {
      throw new IllegalStateException("fewer than two independent adapters are declared");
    }
    return CompositeArchRule.of(perAdapter)
        .as("adapters should not depend on each other (allowed: " + adapterMayUse + ")")
        .allowEmptyShould(true);
  }

  /**
   * Rule 3: test fixtures and emulators never depend on an adapter (the adapters' tests use them).
   */
  public ArchRule testFixturesDoNotDependOnAdapters() {
    List<String> fixtures = new ArrayList<>(List.of(packagesOf(Role.TEST_FIXTURES)));
    fixtures.addAll(List.of(packagesOf(Role.EMULATORS)));
    return noClasses()
        .that()
        .resideInAnyPackage(fixtures.toArray(String[]::new))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packagesOf(Role.ADAPTER))
        .allowEmptyShould(true);
  }

  /**
   * Rule 4: no public or protected member of a public adapter class, and no supertype of one,
   * mentions a vendor type (return, parameter, field, throws, type arguments and bounds).
   */
  public ArchRule adaptersExposeNoVendorTypes() {
    if (vendorPackages.isEmpty()) {
      throw new IllegalStateException("no vendor packages are declared");
    }
    return classes()
        .that()
        .resideInAnyPackage(packagesOf(Role.ADAPTER))
        .and()
        .arePublic()
        .should(VendorTypeExposure.notExposeTypesIn(vendorPackages))
        .allowEmptyShould(true);
  }

  /**
   * Rule 4: an adapter exposes only its provider and the configs its provider takes (and what is
   * nested in them), besides the types on its documented list ({@link #adapterMayExpose}); every
   * other type of an adapter stays package-private, so users depend on ports and providers only.
   */
  public ArchRule adaptersExposeOnlyTheirProviderAndConfig() {
    return classes()
        .that()
        .resideInAnyPackage(packagesOf(Role.ADAPTER))
        .should(AdapterSurface.of(adapterSurfaces(), requirePorts().providers))
        .allowEmptyShould(true);
  }

  /**
   * Guard for {@link #adaptersExposeOnlyTheirProviderAndConfig()}: every entry of an adapter's list
   * names at least one public type, so that the list cannot keep allowances nobody needs.
   */
  public ArchRule adapterListsNameExposedTypes() {
    return all(new ListEntries())
        .should(containClasses())
        .as("every entry of the adapters' lists of public types " + adapterMayExpose)
        .because("an allowance nothing uses would let a future type through unnoticed")
        .allowEmptyShould(true);
  }

  private List<AdapterSurface.Adapter> adapterSurfaces() {
    return modulesWith(Role.ADAPTER).stream()
        .map(
            m ->
                new AdapterSurface.Adapter(
                    m.name(), m.packageName(), adapterMayExpose.getOrDefault(m.name(), Map.of())))
        .toList();
  }

  private final class ListEntries extends AbstractClassesTransformer<NamedPackage> {
    ListEntries() {
      super("entries of the adapters' lists of public types");
    }

    @Override
    public Iterable<NamedPackage> doTransform(JavaClasses classes) {
      List<NamedPackage> entries = new ArrayList<>();
      for (AdapterSurface.Adapter adapter : adapterSurfaces()) {
        for (String entry : adapter.listed().keySet()) {
          int count =
              (int)
                  classes.stream()
                      .filter(AdapterSurface::isExposed)
                      .filter(
                          c ->
                              c.getPackageName().equals(adapter.packageName())
                                  || c.getPackageName().startsWith(adapter.packageName() + "."))
                      .filter(
                          c -> AdapterSurface.listed(c, adapter).filter(entry::equals).isPresent())
                      .count();
          entries.add(new NamedPackage(adapter.name(), "listed public type " + entry, count));
        }
      }
      return entries;
    }
  }

  /**
   * Rule 3: a library depends on nothing but itself, the JDK and its declared third-party packages,
   * so that anyone (core's tests, the adapters, the emulator) may use it.
   */
  public ArchRule librariesDependOnNothingOfOurs() {
    List<ArchRule> perLibrary = new ArrayList<>();
    for (Module library : modulesWith(Role.LIBRARY)) {
      List<String> allowed = new ArrayList<>(List.of(library.packages(), "java.."));
      allowed.addAll(libraryMayUse.get(library.name()));
      perLibrary.add(
          noClasses()
              .that()
              .resideInAPackage(library.packages())
              .should()
              .dependOnClassesThat()
              .resideOutsideOfPackages(allowed.toArray(String[]::new))
              .allowEmptyShould(true));
    }
    if (perLibrary.isEmpty()) {
      throw new IllegalStateException("no library module is declared");
    }
    return CompositeArchRule.of(perLibrary)
        .as("libraries should depend only on themselves, the JDK and " + libraryMayUse)
        .allowEmptyShould(true);
  }

  /**
   * Rule 3: code that ships in a runnable jar or a library (everything but the test fixtures)
   * depends on no test framework, so that JUnit and QuickTheories never reach a user's class path.
   */
  public ArchRule shippedCodeUsesNoTestFramework() {
    List<String> shipped = new ArrayList<>();
    for (Module module : modules.values()) {
      if (module.role() != Role.TEST_FIXTURES) {
        shipped.add(module.packages());
      }
    }
    return noClasses()
        .that()
        .resideInAnyPackage(shipped.toArray(String[]::new))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(TEST_FRAMEWORKS)
        .as("shipped code should not depend on a test framework " + List.of(TEST_FRAMEWORKS))
        .allowEmptyShould(true);
  }

  /** Rule 5: only the declared modules read environment variables or system properties. */
  public ArchRule onlyDeclaredModulesReadTheEnvironment() {
    String[] readers =
        environmentReaders.stream().map(n -> modules.get(n).packages()).toArray(String[]::new);
    DescribedPredicate<AccessTarget> environmentRead =
        AccessTarget.Predicates.declaredIn(System.class)
            .and(nameMatching("getenv|getProperty|getProperties"))
            .as("System.getenv/getProperty/getProperties");
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackages(readers)
        .should()
        .accessTargetWhere(target(environmentRead))
        .allowEmptyShould(true);
  }

  /**
   * Guard: every class under the root belongs to a declared module (no stray or typo'd package).
   */
  public ArchRule everyClassBelongsToADeclaredModule() {
    String[] all = modules.values().stream().map(Module::packages).toArray(String[]::new);
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should()
        .resideInAnyPackage(all)
        .allowEmptyShould(true);
  }

  /**
   * Vacuity guard: every package a rule names, in every module listed by {@link #withCodeIn},
   * contains classes; the services' public factory exists; every listed name is a declared module.
   */
  public ArchRule namedPackagesContainClasses() {
    return all(new NamedPackages())
        .should(containClasses())
        .as("every package named by the architecture rules in " + modulesWithCode)
        .because("a rule over an empty package passes without checking anything");
  }

  /**
   * Vacuity guard, other half: a module that has classes must be on the {@link #withCodeIn} list.
   */
  public ArchRule unlistedModulesContainNoClasses() {
    return all(new UnlistedModules())
        .should(beEmptyUntilListed())
        .as("modules missing from the modules-with-code list " + modulesWithCode)
        .allowEmptyShould(true);
  }

  /** Every rule, guards included, in a stable order. */
  public List<ArchRule> rules() {
    return List.of(
        domainDependsOnlyOnItselfAndTheJdk(),
        portsDependOnlyOnTheDomainAndTheJdk(),
        incomingPortsDoNotDependOnOutgoingPorts(),
        outgoingPortsDoNotDependOnIncomingPorts(),
        portsDoNotDependOnServices(),
        servicesAreReachedOnlyThroughTheirFactory(),
        adaptersDoNotDependOnEachOther(),
        testFixturesDoNotDependOnAdapters(),
        shippedCodeUsesNoTestFramework(),
        librariesDependOnNothingOfOurs(),
        adaptersExposeNoVendorTypes(),
        adaptersExposeOnlyTheirProviderAndConfig(),
        onlyDeclaredModulesReadTheEnvironment(),
        everyClassBelongsToADeclaredModule(),
        namedPackagesContainClasses(),
        unlistedModulesContainNoClasses());
  }

  /**
   * Runs every rule against {@code classes}; the first violated rule throws {@link AssertionError}.
   */
  public void check(JavaClasses classes) {
    rules().forEach(rule -> rule.check(classes));
  }

  // ---------------------------------------------------------------- guard plumbing

  /** A package (or single class) a rule names, with the number of imported classes in it. */
  record NamedPackage(String module, String what, int classCount) {}

  private final class NamedPackages extends AbstractClassesTransformer<NamedPackage> {
    NamedPackages() {
      super("packages named by the rules");
    }

    @Override
    public Iterable<NamedPackage> doTransform(JavaClasses classes) {
      List<NamedPackage> named = new ArrayList<>();
      for (String name : modulesWithCode) {
        Module module = modules.get(name);
        if (module == null) {
          named.add(new NamedPackage(name, "no module named '" + name + "' is declared", 0));
          continue;
        }
        for (String pkg : namedPackagesOf(module)) {
          named.add(new NamedPackage(name, "package " + pkg, count(classes, pkg)));
        }
        if (module.role() == Role.PORTS) {
          boolean factoryPresent = classes.contain(ports.factory);
          named.add(
              new NamedPackage(name, "public factory " + ports.factory, factoryPresent ? 1 : 0));
        }
      }
      return named;
    }
  }

  private final class UnlistedModules extends AbstractClassesTransformer<NamedPackage> {
    UnlistedModules() {
      super("declared modules not on the modules-with-code list");
    }

    @Override
    public Iterable<NamedPackage> doTransform(JavaClasses classes) {
      return modules.values().stream()
          .filter(m -> !modulesWithCode.contains(m.name()))
          .map(
              m ->
                  new NamedPackage(
                      m.name(), "package " + m.packageName(), count(classes, m.packageName())))
          .collect(Collectors.toList());
    }
  }

  private static ArchCondition<NamedPackage> containClasses() {
    return new ArchCondition<>("contain classes") {
      @Override
      public void check(NamedPackage named, ConditionEvents events) {
        events.add(
            new SimpleConditionEvent(
                named,
                named.classCount() > 0,
                "module " + named.module() + ": " + named.what() + " contains no classes"));
      }
    };
  }

  private static ArchCondition<NamedPackage> beEmptyUntilListed() {
    return new ArchCondition<>("contain no classes until they are listed") {
      @Override
      public void check(NamedPackage named, ConditionEvents events) {
        events.add(
            new SimpleConditionEvent(
                named,
                named.classCount() == 0,
                "module "
                    + named.module()
                    + " now has "
                    + named.classCount()
                    + " classes in "
                    + named.what()
                    + ": add it to the modules-with-code list to turn its vacuity guard on"));
      }
    };
  }

  private List<String> namedPackagesOf(Module module) {
    if (module.role() == Role.PORTS) {
      return List.of(ports.incoming, ports.outgoing, ports.providers, ports.services);
    }
    return List.of(module.packageName());
  }

  private static int count(JavaClasses classes, String pkg) {
    return (int)
        classes.stream()
            .filter(c -> c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + "."))
            .count();
  }

  // ---------------------------------------------------------------- helpers

  private ArchRule noDependency(String from, String to) {
    return noClasses()
        .that()
        .resideInAPackage(from + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(to + "..")
        .allowEmptyShould(true);
  }

  private Module declare(String name, Role role, String relativePackage) {
    Objects.requireNonNull(name, "'name' must not be null");
    Objects.requireNonNull(relativePackage, "'relativePackage' must not be null");
    if (modules.containsKey(name)) {
      throw new IllegalArgumentException("module '" + name + "' is declared twice");
    }
    Module module = new Module(name, role, root + "." + relativePackage);
    modules.put(name, module);
    return module;
  }

  private Module requireModule(String name) {
    Module module = modules.get(name);
    if (module == null) {
      throw new IllegalArgumentException(
          "no module named '" + name + "' is declared; known: " + modules.keySet());
    }
    return module;
  }

  private void requireRole(String name, Role role) {
    if (requireModule(name).role() != role) {
      throw new IllegalArgumentException("module '" + name + "' is not a " + role);
    }
  }

  private Ports requirePorts() {
    if (ports == null) {
      throw new IllegalStateException("ports are not declared");
    }
    return ports;
  }

  private List<Module> modulesWith(Role role) {
    return modules.values().stream().filter(m -> m.role() == role).collect(Collectors.toList());
  }

  private String[] packagesOf(Role role) {
    String[] packages = modulesWith(role).stream().map(Module::packages).toArray(String[]::new);
    if (packages.length == 0) {
      throw new IllegalStateException("no module with role " + role + " is declared");
    }
    return packages;
  }

  /** The Maven names of the declared modules, in declaration order. */
  public Set<String> moduleNames() {
    return new LinkedHashSet<>(modules.keySet());
  }
}
