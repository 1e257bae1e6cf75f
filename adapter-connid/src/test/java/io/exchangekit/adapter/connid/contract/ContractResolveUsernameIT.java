package io.exchangekit.adapter.connid.contract;

import java.util.stream.Stream;
import org.identityconnectors.contract.test.ResolveUsernameApiOpTests;
import org.junit.jupiter.params.provider.Arguments;

/**
 * ConnId's {@link ResolveUsernameApiOpTests} against the packaged bundle, one object class per
 * argument.
 */
class ContractResolveUsernameIT extends ResolveUsernameApiOpTests {
  protected static Stream<Arguments> objectClasses() {
    return ContractObjectClasses.arguments();
  }
}
