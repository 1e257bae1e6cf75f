package io.exchangekit.archfixture.bad.adapter.graph;

import com.microsoft.graph.models.FakeUser;

/** Violates the vendor rule: a public method returns a Graph SDK type. */
public class GraphUserAdapter {
  public FakeUser findUser(String userPrincipalName) {
    return new FakeUser();
  }
}
