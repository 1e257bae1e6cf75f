package io.exchangekit.adapter.openiam.mapping;

import io.exchangekit.adapter.openiam.model.ManagedSystem;
import io.exchangekit.adapter.openiam.model.OpenIamErrorCode;
import io.exchangekit.adapter.openiam.model.OpenIamObjectType;
import io.exchangekit.adapter.openiam.model.OpenIamOperation;
import io.exchangekit.adapter.openiam.model.OpenIamRequest;
import io.exchangekit.adapter.openiam.model.OpenIamRequestException;
import io.exchangekit.core.error.ValidationException;
import io.exchangekit.core.error.Violation;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.recipient.RecipientIdentity;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.ports.in.search.SearchRecipientsQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps an OpenIAM request to one use case and its command. Attribute names are matched ignoring
 * case; every violation of the request is collected before anything runs. Nothing here touches a
 * target.
 */
public final class RequestMapper {
  private RequestMapper() {}

  /**
   * @param request never null
   * @return the use case call, the mode, the managed system and the mapping's warnings; never null
   * @throws OpenIamRequestException when the request cannot be run as sent (missing identity, an
   *     operation the object type does not support, a refused search string, a bad managed-system
   *     setting)
   * @throws ValidationException every attribute that breaks a rule, before anything runs
   */
  public static MappedRequest map(OpenIamRequest request) {
    Attributes attributes = Attributes.of(request.attributes());
    Problems problems = new Problems();
    List<Violation> modeViolations = new ArrayList<>();
    ConnectorMode mode =
        JsonAttributes.mode(
            attributes
                .singleText(JsonAttributes.MODE)
                .or(() -> request.metaData().value(JsonAttributes.MODE)),
            modeViolations);
    problems.addAll(modeViolations);
    ManagedSystem managedSystem =
        problems.hasViolations()
            ? ManagedSystem.NONE
            : ManagedSystemReader.read(request, attributes, mode.scope());
    OpenIamOperation op = request.operation();
    UseCaseCall call =
        switch (op) {
          case TEST -> new UseCaseCall.TestConnection(mode.scope());
          case SEARCH -> search(request, mode);
          default ->
              object(
                  request,
                  new ObjectRequest(
                      identityOf(request), attributes, mode, request.dryRun(), problems));
        };
    problems.throwIfViolated();
    return new MappedRequest(call, mode, managedSystem, problems.warnings());
  }

  /** A USER or GROUP operation, mapped by the mapper of its object type. */
  private static UseCaseCall object(OpenIamRequest request, ObjectRequest object) {
    return objectType(request) == OpenIamObjectType.USER
        ? new UserMapper(object).map(request.operation())
        : new GroupMapper(object).map(request.operation());
  }

  private static OpenIamObjectType objectType(OpenIamRequest request) {
    return request
        .objectType()
        .orElseThrow(
            () ->
                new OpenIamRequestException(
                    OpenIamErrorCode.MALFORMED_REQUEST,
                    "objectType is required for "
                        + request.operation()
                        + "; it must be USER or GROUP"));
  }

  private static RecipientIdentity identityOf(OpenIamRequest request) {
    OpenIamOperation op = request.operation();
    OpenIamObjectType type = objectType(request);
    String name =
        request
            .identityName()
            .orElseThrow(
                () ->
                    new OpenIamRequestException(
                        OpenIamErrorCode.MALFORMED_REQUEST,
                        "identityName is required for " + op + " " + type));
    try {
      return RecipientIdentity.of(name.trim());
    } catch (IllegalArgumentException e) {
      throw new OpenIamRequestException(
          OpenIamErrorCode.INVALID_IDENTIFIER,
          "identityName " + JsonAttributes.rule(e).replaceFirst("^Identity ", ""));
    }
  }

  private static UseCaseCall search(OpenIamRequest request, ConnectorMode mode) {
    String text =
        request
            .searchQuery()
            .orElseGet(
                () ->
                    request.objectType().orElse(OpenIamObjectType.USER) == OpenIamObjectType.GROUP
                        ? "Get-DistributionGroup"
                        : "Get-Mailbox");
    SearchQuery query = SearchStringGuard.parse(text);
    if (query.properties().isEmpty() && !request.requestedAttributes().isEmpty()) {
      // a search string without Select-Object: fetch what OpenIAM asks for, not a default set
      query = query.withProperties(request.requestedAttributes());
    }
    return new UseCaseCall.Search(
        new SearchRecipientsQuery(mode.scope(), query), request.requestedAttributes());
  }
}
