package io.exchangekit.adapter.connid.contract;

import java.util.stream.Stream;
import org.identityconnectors.contract.test.SearchApiOpTests;
import org.junit.jupiter.params.provider.Arguments;

/** ConnId's {@link SearchApiOpTests} against the packaged bundle, one object class per argument. */
class ContractSearchIT extends SearchApiOpTests {
  protected static Stream<Arguments> objectClasses() {
    return ContractObjectClasses.arguments();
  }
}
