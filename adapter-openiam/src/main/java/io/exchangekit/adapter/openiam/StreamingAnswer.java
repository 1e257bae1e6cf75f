package io.exchangekit.adapter.openiam;

import io.exchangekit.adapter.openiam.mapping.UseCaseCall;
import io.exchangekit.adapter.openiam.model.OpenIamResponse;
import io.exchangekit.adapter.openiam.wire.OpenIamWireCodec;
import io.exchangekit.adapter.openiam.wire.StreamedResponse;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.mode.Scope;
import io.exchangekit.core.mode.Warning;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.ports.in.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Like {@link ResponseAnswer}, but a search's objects are written to {@code out} as the stream
 * yields them instead of being collected; the returned response carries everything else (its object
 * list is empty) and {@link #streamed()} says whether writing has begun.
 */
final class StreamingAnswer implements UseCaseCall.Answer<OpenIamResponse> {
  private final ResponseAnswer plain;
  private final OpenIamWireCodec codec;
  private final Writer out;
  private StreamedResponse streamed;

  StreamingAnswer(
      Optional<String> requestId,
      List<Warning> mappingWarnings,
      OpenIamWireCodec codec,
      Writer out) {
    this.plain = new ResponseAnswer(requestId, mappingWarnings);
    this.codec = codec;
    this.out = out;
  }

  @Override
  public OpenIamResponse changed(Outcome outcome) {
    return plain.changed(outcome);
  }

  @Override
  public OpenIamResponse tested(Scope scope, ExchangeVersion version) {
    return plain.tested(scope, version);
  }

  @Override
  public OpenIamResponse found(Stream<RecipientRecord> records, List<String> requestedAttributes) {
    try {
      streamed = codec.streamResponse(out, plain.requestId());
      for (Iterator<RecipientRecord> it = records.iterator(); it.hasNext(); ) {
        streamed.object(Responses.object(it.next(), requestedAttributes));
      }
    } catch (IOException e) {
      throw new WriteFailed(e);
    }
    return Responses.found(plain.requestId(), plain.mappingWarnings(), streamed.objects());
  }

  /** The response being written, once a search began writing it. */
  Optional<StreamedResponse> streamed() {
    return Optional.ofNullable(streamed);
  }

  /** The output failed: nothing more can be written, so no failure response either. */
  static final class WriteFailed extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    WriteFailed(IOException cause) {
      super(cause);
    }
  }
}
