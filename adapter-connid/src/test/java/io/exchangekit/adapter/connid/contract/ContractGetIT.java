package io.exchangekit.adapter.connid.contract;

import java.util.stream.Stream;
import org.identityconnectors.contract.test.GetApiOpTests;
import org.junit.jupiter.params.provider.Arguments;

/** ConnId's {@link GetApiOpTests} against the packaged bundle, one object class per argument. */
class ContractGetIT extends GetApiOpTests {
  protected static Stream<Arguments> objectClasses() {
    return ContractObjectClasses.arguments();
  }
}
