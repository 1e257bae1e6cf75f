package io.exchangekit.adapter.openiam.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One OpenIAM connector request, decoded from the wire. Secrets (the metaData password, password
 * attributes) never print.
 *
 * @param requestId the caller's id, echoed in the response; never null
 * @param operation what to do; never null
 * @param objectType USER or GROUP; empty only where the operation does not need one (TEST, and
 *     SEARCH when the query names the cmdlet); never null
 * @param identityName the principal of the target object; never null
 * @param metaData the managed-system header; never null
 * @param attributes the attributes in request order; never null
 * @param searchQuery the synchronisation search string, for SEARCH; never null
 * @param requestedAttributes the attribute names SEARCH must return for each object; never null
 * @param dryRun plan only and return the plan; nothing is changed
 */
public record OpenIamRequest(
    Optional<String> requestId,
    OpenIamOperation operation,
    Optional<OpenIamObjectType> objectType,
    Optional<String> identityName,
    OpenIamMetaData metaData,
    List<OpenIamAttribute> attributes,
    Optional<String> searchQuery,
    List<String> requestedAttributes,
    boolean dryRun) {
  public OpenIamRequest {
    Objects.requireNonNull(requestId, "'requestId' must not be null");
    Objects.requireNonNull(operation, "'operation' must not be null");
    Objects.requireNonNull(objectType, "'objectType' must not be null");
    Objects.requireNonNull(identityName, "'identityName' must not be null");
    Objects.requireNonNull(metaData, "'metaData' must not be null");
    attributes = List.copyOf(attributes);
    Objects.requireNonNull(searchQuery, "'searchQuery' must not be null");
    requestedAttributes = List.copyOf(requestedAttributes);
  }

  /** A request without header, search or dry run, for tests and embedding hosts. */
  public static OpenIamRequest of(
      String requestId,
      OpenIamOperation operation,
      OpenIamObjectType objectType,
      String identityName,
      List<OpenIamAttribute> attributes) {
    return new OpenIamRequest(
        Optional.ofNullable(requestId),
        operation,
        Optional.ofNullable(objectType),
        Optional.ofNullable(identityName),
        OpenIamMetaData.EMPTY,
        attributes,
        Optional.empty(),
        List.of(),
        false);
  }

  /** Every attribute called {@code name}, ignoring case, in request order. */
  public List<OpenIamAttribute> attributes(String name) {
    return attributes.stream().filter(a -> a.isNamed(name)).toList();
  }
}
