package io.exchangekit.adapter.openiam;

import io.exchangekit.adapter.openiam.mapping.UseCaseCall;
import io.exchangekit.adapter.openiam.model.OpenIamResponse;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.mode.Warning;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.ports.in.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Turns what a use case returned into the OpenIAM response of one request. */
record ResponseAnswer(Optional<String> requestId, List<Warning> mappingWarnings)
    implements UseCaseCall.Answer<OpenIamResponse> {

  @Override
  public OpenIamResponse changed(Outcome outcome) {
    return Responses.fromOutcomes(requestId, mappingWarnings, List.of(outcome));
  }

  @Override
  public OpenIamResponse tested(Scope scope, ExchangeVersion version) {
    return Responses.tested(requestId, scope, version);
  }

  @Override
  public OpenIamResponse found(Stream<RecipientRecord> records, List<String> requestedAttributes) {
    return Responses.found(
        requestId,
        mappingWarnings,
        records.map(r -> Responses.object(r, requestedAttributes)).toList());
  }
}
