package io.exchangekit.adapter.openiam.mapping;

import io.exchangekit.adapter.openiam.model.OpenIamErrorCode;
import io.exchangekit.adapter.openiam.model.OpenIamOperation;
import io.exchangekit.adapter.openiam.model.OpenIamRequestException;
import io.exchangekit.core.group.DistributionGroupSettings;
import io.exchangekit.core.group.GroupParameter;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.ports.in.group.GroupCommand;
import io.exchangekit.ports.in.group.SaveDistributionGroupCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps the GROUP operations to the distribution-group use cases. */
final class GroupMapper {
  private final ObjectRequest request;
  private final Problems problems;

  GroupMapper(ObjectRequest request) {
    this.request = request;
    this.problems = request.problems();
  }

  /**
   * @throws OpenIamRequestException for an operation a distribution group does not support
   */
  UseCaseCall map(OpenIamOperation op) {
    return switch (op) {
      case SAVE -> save();
      case DELETE ->
          new UseCaseCall.DeleteGroup(
              new GroupCommand(request.identity(), request.mode(), request.dryRun()));
      default ->
          throw new OpenIamRequestException(
              OpenIamErrorCode.UNSUPPORTED_OPERATION,
              op
                  + " is not supported for GROUP; a distribution group supports SAVE, DELETE and"
                  + " SEARCH");
    };
  }

  private UseCaseCall save() {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    Map<GroupParameter, Attributes.Group> multi = new LinkedHashMap<>();
    for (Attributes.Group g : request.attributes().groups()) {
      if (g.isControl()) {
        continue;
      }
      Optional<GroupParameter> p = GroupParameter.byAttributeName(g.name());
      if (p.isEmpty()) {
        problems.warn(g.name(), "ignored: not a distribution group parameter");
      } else if (p.get().isSingleText()) {
        AttributeValues.singleTexts(g, problems).ifPresent(t -> texts.put(g.name(), t));
      } else {
        multi.put(p.get(), g);
      }
    }
    DistributionGroupSettings.Parsed parsed = DistributionGroupSettings.parse(texts);
    problems.addAll(parsed.violations());
    DistributionGroupSettings settings = parsed.settings();
    List<RecipientIdentity> memberRemovals = List.of();
    for (Map.Entry<GroupParameter, Attributes.Group> e : multi.entrySet()) {
      boolean members = e.getKey() == GroupParameter.MEMBERS;
      Optional<AttributeValues.Change> change =
          AttributeValues.multiValue(e.getValue(), members, problems);
      if (change.isPresent()) {
        settings = settings.with(e.getKey(), change.get().main());
        if (members) {
          memberRemovals = change.get().removals();
        }
      }
    }
    // The use case removes members after the save, and only from a group that already exists.
    return new UseCaseCall.SaveGroup(
        new SaveDistributionGroupCommand(
            request.identity(), request.mode(), settings, request.dryRun(), memberRemovals));
  }
}
