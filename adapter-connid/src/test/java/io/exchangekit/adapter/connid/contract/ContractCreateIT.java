package io.exchangekit.adapter.connid.contract;

import java.util.stream.Stream;
import org.identityconnectors.contract.test.CreateApiOpTests;
import org.junit.jupiter.params.provider.Arguments;

/** ConnId's {@link CreateApiOpTests} against the packaged bundle, one object class per argument. */
class ContractCreateIT extends CreateApiOpTests {
  protected static Stream<Arguments> objectClasses() {
    return ContractObjectClasses.arguments();
  }
}
