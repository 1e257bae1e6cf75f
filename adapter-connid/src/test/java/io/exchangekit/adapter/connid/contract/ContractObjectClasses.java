package io.exchangekit.adapter.connid.contract;

import java.util.stream.Stream;
import org.identityconnectors.framework.common.objects.ObjectClass;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The object classes of the contract tests, one per argument. The published contract jar (1.6.0.0)
 * hands every object-class test a single list of all classes, which JUnit cannot resolve as an
 * {@code ObjectClass}; each test class here hides that factory with this one. The unknown class
 * checks that every operation refuses it.
 */
final class ContractObjectClasses {
  private ContractObjectClasses() {}

  static Stream<Arguments> arguments() {
    return Stream.of(ObjectClass.ACCOUNT, ObjectClass.GROUP, new ObjectClass("NONEXISTING"))
        .map(Arguments::of);
  }
}
