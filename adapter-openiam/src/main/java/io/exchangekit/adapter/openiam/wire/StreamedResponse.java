package io.exchangekit.adapter.openiam.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.exchangekit.adapter.openiam.model.OpenIamObject;
import io.exchangekit.adapter.openiam.model.OpenIamResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * A response being written while a SEARCH produces its objects ({@link
 * OpenIamWireCodec#streamResponse}): {@code {"requestId":…,"objects":[…]}} first, then the other
 * fields. Nothing but the generator's small buffer is held, whatever the number of objects. Not
 * thread-safe: one writer per response.
 */
public final class StreamedResponse {
  private static final long FLUSH_EVERY_NANOS = 200_000_000L;

  private final OpenIamWireCodec codec;
  private final ObjectMapper mapper;
  private final ObjectWriter objectWriter;
  private final JsonGenerator json;
  private long objects;
  private long lastFlush = System.nanoTime();
  private boolean finished;

  StreamedResponse(
      OpenIamWireCodec codec, ObjectMapper mapper, Writer out, Optional<String> requestId)
      throws IOException {
    this.codec = codec;
    this.mapper = mapper;
    this.objectWriter = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    this.json = mapper.getFactory().createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.writeStartObject();
    json.writeFieldName("requestId");
    if (requestId.isPresent()) {
      json.writeString(requestId.get());
    } else {
      json.writeNull();
    }
    json.writeArrayFieldStart("objects");
    json.flush();
  }

  /**
   * Writes one object; what has accumulated reaches {@code out} at least every 200 ms.
   *
   * @throws IOException when {@code out} fails
   */
  public void object(OpenIamObject object) throws IOException {
    if (finished) {
      throw new IllegalStateException("the response is finished");
    }
    objectWriter.writeValue(
        json, new ObjectOpenIamMessage(object.identityName(), object.attributes()));
    objects++;
    long now = System.nanoTime();
    if (now - lastFlush >= FLUSH_EVERY_NANOS) {
      json.flush();
      lastFlush = now;
    }
  }

  /** The number of objects written so far. */
  public long objects() {
    return objects;
  }

  /**
   * Closes the object list and writes every other field of {@code rest} (its own {@code requestId}
   * and {@code objects} are not written again), then flushes. The text is then one complete JSON
   * object.
   *
   * @param rest the response's status, messages and the rest; never null
   * @throws IOException when {@code out} fails
   */
  public void finish(OpenIamResponse rest) throws IOException {
    if (finished) {
      throw new IllegalStateException("the response is finished");
    }
    finished = true;
    json.writeEndArray();
    ObjectNode fields = mapper.valueToTree(codec.message(rest));
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!f.getKey().equals("requestId") && !f.getKey().equals("objects")) {
        json.writeFieldName(f.getKey());
        mapper.writeTree(json, f.getValue());
      }
    }
    json.writeEndObject();
    json.flush();
  }
}
