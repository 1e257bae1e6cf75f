package io.exchangekit.archfixture.bad.adapter.graph;

import com.microsoft.aad.msal4j.FakeAccessToken;
import com.microsoft.graph.core.FakeServiceException;
import com.microsoft.graph.models.FakeUser;
import com.microsoft.kiota.FakeRequestAdapter;
import java.util.List;

/** Violates the vendor rule in a constructor, a type argument, a throws clause and a bound. */
public class GraphClientFactory {
  public GraphClientFactory(FakeAccessToken token) {}

  public List<FakeRequestAdapter> requestAdapters() {
    return List.of();
  }

  public void send() throws FakeServiceException {}

  public <T extends FakeUser> T narrow(T user) {
    return user;
  }
}
