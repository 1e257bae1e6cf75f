package io.exchangekit.adapter.connid.contract;

import java.util.stream.Stream;
import org.identityconnectors.contract.test.DeleteApiOpTests;
import org.junit.jupiter.params.provider.Arguments;

/** ConnId's {@link DeleteApiOpTests} against the packaged bundle, one object class per argument. */
class ContractDeleteIT extends DeleteApiOpTests {
  protected static Stream<Arguments> objectClasses() {
    return ContractObjectClasses.arguments();
  }
}
