package io.exchangekit.adapter.openiam;

import io.exchangekit.core.directory.CloudUser;
import io.exchangekit.core.license.ServicePlan;
import io.exchangekit.core.license.SkuCatalog;
import io.exchangekit.core.license.SubscribedSku;
import io.exchangekit.core.plan.DirectoryAction;
import io.exchangekit.core.plan.DirectoryPlan;
import io.exchangekit.core.plan.PlannedStep;
import io.exchangekit.core.plan.Step;
import io.exchangekit.core.recipient.UserPrincipalName;
import io.exchangekit.ports.out.directory.CloudDirectoryPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** An in-memory stand-in for the tenant directory: canned users and SKUs, recorded actions. */
final class FakeDirectory implements CloudDirectoryPort {
  static final UUID E3 = UUID.fromString("6fd2c87f-b296-42f0-b197-1e91e994b900");
  static final UUID EXCHANGE_PLAN = UUID.fromString("efb87545-963c-4e0d-99df-69c6916d9eb0");
  static final UUID SWAY = UUID.fromString("a23b959c-7ce8-4e57-9140-b90eb88a9e97");

  final Map<String, CloudUser> users = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  final List<DirectoryAction> actions = new ArrayList<>();
  final SkuCatalog catalog =
      new SkuCatalog(
          List.of(
              new SubscribedSku(
                  "contoso",
                  E3,
                  "ENTERPRISEPACK",
                  List.of(
                      new ServicePlan(EXCHANGE_PLAN, "EXCHANGE_S_ENTERPRISE"),
                      new ServicePlan(SWAY, "SWAY")),
                  25,
                  3)));

  @Override
  public Optional<CloudUser> findUser(UserPrincipalName user) {
    return Optional.ofNullable(users.get(user.value()));
  }

  @Override
  public SkuCatalog subscribedSkus() {
    return catalog;
  }

  @Override
  public List<PlannedStep> render(DirectoryPlan plan) {
    return plan.actions().stream()
        .map(
            a ->
                new PlannedStep(
                    PlannedStep.Target.MICROSOFT_GRAPH, "directory", Map.of(), a.toString()))
        .toList();
  }

  @Override
  public Step.Directory apply(DirectoryAction action) {
    actions.add(action);
    return new Step.Directory(action, action.toString());
  }
}
