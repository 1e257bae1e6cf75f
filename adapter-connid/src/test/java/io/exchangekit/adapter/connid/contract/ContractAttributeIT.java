package io.exchangekit.adapter.connid.contract;

import java.util.stream.Stream;
import org.identityconnectors.contract.test.AttributeTests;
import org.junit.jupiter.params.provider.Arguments;

/** ConnId's {@link AttributeTests} against the packaged bundle, one object class per argument. */
class ContractAttributeIT extends AttributeTests {
  protected static Stream<Arguments> objectClasses() {
    return ContractObjectClasses.arguments();
  }
}
