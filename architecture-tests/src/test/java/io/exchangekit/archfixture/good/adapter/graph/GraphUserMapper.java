package io.exchangekit.archfixture.good.adapter.graph;

import com.microsoft.graph.models.FakeUser;
import io.exchangekit.archfixture.good.core.Mailbox;

/** Package-private mapper: its public method may mention the Graph SDK type. */
final class GraphUserMapper {
  private GraphUserMapper() {}

  public static FakeUser toGraph(Mailbox mailbox) {
    return new FakeUser();
  }
}
