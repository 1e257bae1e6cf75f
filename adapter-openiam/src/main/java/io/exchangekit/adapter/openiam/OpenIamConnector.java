package io.exchangekit.adapter.openiam;

import io.exchangekit.adapter.openiam.mapping.MappedRequest;
import io.exchangekit.adapter.openiam.mapping.RequestMapper;
import io.exchangekit.adapter.openiam.mapping.UseCaseCall;
import io.exchangekit.adapter.openiam.model.ManagedSystem;
import io.exchangekit.adapter.openiam.model.OpenIamAttribute;
import io.exchangekit.adapter.openiam.model.OpenIamErrorCode;
import io.exchangekit.adapter.openiam.model.OpenIamRequest;
import io.exchangekit.adapter.openiam.model.OpenIamRequestException;
import io.exchangekit.adapter.openiam.model.OpenIamResponse;
import io.exchangekit.adapter.openiam.model.OpenIamStatus;
import io.exchangekit.adapter.openiam.wire.OpenIamWireCodec;
import io.exchangekit.adapter.openiam.wire.StreamedResponse;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.mode.ConnectorMode;
import io.exchangekit.core.mode.Warning;
import io.exchangekit.ports.service.ExchangeUseCases;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenIAM connector: turns one request into one response by way of ExchangeKit's use cases.
 *
 * <p>Transports (a command-line runner, a RabbitMQ consumer) call {@link #handle(String)}, which
 * never throws: bad input, refused search strings and target failures all come back as a FAILURE
 * response with an OpenIAM error code. A transport that needs the request first (for example to
 * serialise requests for the same identity) calls {@link #decode}, then {@link
 * #handle(OpenIamRequest)} and {@link #encode}. Transports that write the response to an output
 * (standard output, a queue message) call {@link #handle(String, Writer)}, which writes a SEARCH's
 * objects as they arrive instead of holding the whole answer. Secrets (the header password,
 * password attributes) never appear in responses or logs. Thread-safe.
 *
 * <pre>{@code
 * OpenIamConnector connector = OpenIamConnector.of(ExchangeUseCases.builder()
 *     .premise(onPremisesBackend)
 *     .build());
 * String responseJson = connector.handle(requestJson);
 * }</pre>
 */
public final class OpenIamConnector {
  private static final Logger LOG = LoggerFactory.getLogger(OpenIamConnector.class);
  private static final String LAST_RESORT =
      "{\"requestId\":null,\"status\":\"FAILURE\",\"errorCode\":\"otherError\","
          + "\"errorMessages\":[\"the response could not be encoded\"],\"messages\":[],"
          + "\"warnings\":[],\"pending\":[],\"completedSteps\":[],\"dryRun\":false,"
          + "\"plan\":null,\"retryable\":false,\"objects\":[]}";

  private final Function<ManagedSystem, ExchangeUseCases> useCases;
  private final ConnectorMode defaultMode;
  private final OpenIamWireCodec codec = new OpenIamWireCodec();

  private OpenIamConnector(
      Function<ManagedSystem, ExchangeUseCases> useCases, ConnectorMode defaultMode) {
    this.useCases = useCases;
    this.defaultMode = defaultMode;
  }

  /**
   * A connector that serves every request with the same use cases (the managed-system header is
   * still validated). A request without ConnectorModeSettings runs in the use cases' {@linkplain
   * ExchangeUseCases#defaultMode() default mode}, so an Online-only deployment serves requests
   * written without a mode.
   *
   * @param useCases never null
   */
  public static OpenIamConnector of(ExchangeUseCases useCases) {
    Objects.requireNonNull(useCases, "'useCases' must not be null");
    return new OpenIamConnector(m -> useCases, useCases.defaultMode());
  }

  /**
   * A connector that picks the use cases per managed system, e.g. to connect with the login, URL
   * and password each request carries. The resolver is called after the request was validated; an
   * {@link IllegalArgumentException} or {@link IllegalStateException} it throws is reported as
   * {@code invalidConfiguration}. A request without ConnectorModeSettings runs in premise + enable
   * (the use cases are chosen only after the request was read).
   *
   * @param resolver never null; must not return null
   */
  public static OpenIamConnector perManagedSystem(
      Function<ManagedSystem, ExchangeUseCases> resolver) {
    return new OpenIamConnector(
        Objects.requireNonNull(resolver, "'resolver' must not be null"), ConnectorMode.DEFAULT);
  }

  /**
   * Handles one request text and returns one response text. Never throws.
   *
   * @param requestJson the request; may be null or malformed
   * @return the response JSON; never null
   */
  public String handle(String requestJson) {
    OpenIamResponse response;
    try {
      response = handle(decode(requestJson));
    } catch (RuntimeException | StackOverflowError e) {
      response = unreadable(e);
    }
    return encodeOrLastResort(response);
  }

  /**
   * Handles one request text and writes its response to {@code out} as one JSON text without a line
   * break. A SEARCH's objects are written as the search yields them, so the response is never held
   * in memory whatever its size: the fields then come in another order ({@code requestId} and
   * {@code objects} first, {@code status} and the rest once the search has ended), and a search
   * that fails after some objects were written still ends in a complete FAILURE response whose
   * messages say that the object list is incomplete. Other responses are written as {@link
   * #handle(String)} returns them.
   *
   * @param requestJson the request; may be null or malformed
   * @param out where the response goes; flushed, never closed
   * @throws IOException only when {@code out} fails (then the response may be incomplete)
   */
  public void handle(String requestJson, Writer out) throws IOException {
    Objects.requireNonNull(out, "'out' must not be null");
    OpenIamRequest request;
    try {
      request = decode(requestJson);
    } catch (RuntimeException | StackOverflowError e) {
      write(out, encodeOrLastResort(unreadable(e)));
      return;
    }
    handle(request, out);
  }

  /**
   * Handles one decoded request and writes its response as {@link #handle(String, Writer)} does.
   *
   * @param request never null
   * @param out where the response goes; flushed, never closed
   * @throws IOException only when {@code out} fails (then the response may be incomplete)
   */
  public void handle(OpenIamRequest request, Writer out) throws IOException {
    Objects.requireNonNull(request, "'request' must not be null");
    Objects.requireNonNull(out, "'out' must not be null");
    StreamingAnswer[] answer = new StreamingAnswer[1];
    OpenIamResponse response;
    try {
      response =
          respond(
              request, (id, warnings) -> answer[0] = new StreamingAnswer(id, warnings, codec, out));
    } catch (StreamingAnswer.WriteFailed e) {
      throw e.getCause();
    }
    Optional<StreamedResponse> streamed =
        answer[0] == null ? Optional.empty() : answer[0].streamed();
    if (streamed.isEmpty()) {
      write(out, encodeOrLastResort(response));
      return;
    }
    if (response.status() == OpenIamStatus.FAILURE) {
      long n = streamed.get().objects();
      response =
          Responses.withMessage(
              response,
              "the search failed after "
                  + n
                  + (n == 1 ? " object was" : " objects were")
                  + " written: the object list is incomplete");
    }
    streamed.get().finish(response);
  }

  private static OpenIamResponse unreadable(Throwable e) {
    if (e instanceof OpenIamRequestException r) {
      LOG.info("OpenIAM request refused: {} {}", r.errorCode(), r.getMessage());
      return Responses.failure(Optional.empty(), r);
    }
    LOG.warn("OpenIAM request could not be read: {}", e.getClass().getName());
    return Responses.failure(
        Optional.empty(),
        OpenIamErrorCode.MALFORMED_REQUEST,
        "the request could not be read (" + e.getClass().getSimpleName() + ")");
  }

  private String encodeOrLastResort(OpenIamResponse response) {
    try {
      return encode(response);
    } catch (RuntimeException e) {
      LOG.error("OpenIAM response could not be encoded: {}", e.getClass().getName());
      return LAST_RESORT;
    }
  }

  private static void write(Writer out, String text) throws IOException {
    out.write(text);
    out.flush();
  }

  /**
   * Decodes a request text, for transports that need the request before handling it.
   *
   * @throws OpenIamRequestException naming what is wrong; never echoing a secret
   */
  public OpenIamRequest decode(String requestJson) {
    return codec.decodeRequest(requestJson);
  }

  /** Encodes a response as JSON. */
  public String encode(OpenIamResponse response) {
    return codec.encodeResponse(response);
  }

  /**
   * Handles one request. Never throws.
   *
   * @param request never null
   * @return the response; never null
   */
  public OpenIamResponse handle(OpenIamRequest request) {
    Objects.requireNonNull(request, "'request' must not be null");
    return respond(request, ResponseAnswer::new);
  }

  private OpenIamResponse respond(
      OpenIamRequest request,
      BiFunction<Optional<String>, List<Warning>, UseCaseCall.Answer<OpenIamResponse>> answers) {
    List<String> secrets = secrets(request);
    Optional<String> id = request.requestId();
    OpenIamResponse response;
    try {
      response = run(request, answers);
    } catch (OpenIamRequestException e) {
      response = Responses.failure(id, e);
    } catch (ExchangeConnectorException e) {
      response = Responses.failure(id, e);
    } catch (IllegalArgumentException e) {
      // a value the domain refused while planning: the request's fault, named by the message
      response =
          Responses.failure(
              id,
              OpenIamErrorCode.INVALID_ATTRIBUTE,
              e.getMessage() == null ? "a value of the request is invalid" : e.getMessage());
    } catch (StreamingAnswer.WriteFailed e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.warn(
          "OpenIAM {} request {} failed unexpectedly: {}",
          request.operation(),
          id.orElse("-"),
          Responses.scrub(String.valueOf(e), secrets));
      response =
          Responses.failure(
              id,
              OpenIamErrorCode.OTHER_ERROR,
              "internal error: "
                  + e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
    response = Responses.scrub(response, secrets);
    LOG.info(
        "OpenIAM {} {} request {}: {}{}",
        request.operation(),
        request.objectType().map(Enum::name).orElse("-"),
        id.orElse("-"),
        response.status(),
        response.errorCode().map(c -> " " + c.wireName()).orElse(""));
    return response;
  }

  private OpenIamResponse run(
      OpenIamRequest request,
      BiFunction<Optional<String>, List<Warning>, UseCaseCall.Answer<OpenIamResponse>> answers) {
    MappedRequest mapped = RequestMapper.map(request, defaultMode);
    ExchangeUseCases uc;
    try {
      uc = Objects.requireNonNull(useCases.apply(mapped.managedSystem()), "no use cases");
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw new OpenIamRequestException(
          OpenIamErrorCode.INVALID_CONFIGURATION,
          "managed system: " + (e.getMessage() == null ? "cannot be used" : e.getMessage()));
    }
    return mapped.call().run(uc, answers.apply(request.requestId(), mapped.warnings()));
  }

  /** The request's secrets, longest first, so that none is revealed by a shorter one's mask. */
  private static List<String> secrets(OpenIamRequest request) {
    List<String> secrets = new ArrayList<>();
    request.metaData().password().ifPresent(p -> secrets.add(p.reveal()));
    for (OpenIamAttribute a : request.attributes()) {
      if (a.isSecret()) {
        a.texts().stream().filter(t -> !t.isEmpty()).forEach(secrets::add);
      }
    }
    secrets.sort(Comparator.comparingInt(String::length).reversed());
    return secrets;
  }
}
