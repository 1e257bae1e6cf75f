package io.exchangekit.adapter.powershell;

import com.fasterxml.jackson.databind.JsonNode;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.ports.out.exchange.RecipientQueryPort;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * PowerShell adapter of {@link RecipientQueryPort}. The query's result stays in the session (in
 * {@code $ekq}); the stream fetches it a page at a time by index, so no call returns more than one
 * page. The stream holds its session until it is exhausted or closed.
 */
final class PowerShellQueryAdapter implements RecipientQueryPort {
  /** Selected when the query names no properties (the seed's basic details for Get-Mailbox). */
  private static final Map<String, List<String>> DEFAULT_PROPERTIES =
      Map.of("Get-Mailbox", List.of("Name", "Alias", "ServerName", "ProhibitSendQuota"));

  private static final List<String> GENERAL_DEFAULT =
      List.of("Name", "Alias", "PrimarySmtpAddress", "RecipientTypeDetails");

  private final SessionPool pool;
  private final Reads reads;
  private final Backoff backoff;
  private final int pageSize;
  private final java.time.Duration searchTimeout;

  PowerShellQueryAdapter(
      SessionPool pool,
      Reads reads,
      Backoff backoff,
      int pageSize,
      java.time.Duration searchTimeout) {
    this.pool = pool;
    this.reads = reads;
    this.backoff = backoff;
    this.pageSize = pageSize;
    this.searchTimeout = searchTimeout;
  }

  /** The statements that run the query and keep its result in the session. */
  static Script queryScript(SearchQuery query) {
    List<String> properties = new ArrayList<>();
    properties.add("Identity");
    List<String> wanted =
        query.properties().isEmpty()
            ? DEFAULT_PROPERTIES.getOrDefault(query.cmdlet(), GENERAL_DEFAULT)
            : query.properties();
    if (wanted.contains("*")) {
      properties = List.of("*");
    } else {
      wanted.stream().filter(p -> !p.equalsIgnoreCase("Identity")).forEach(properties::add);
    }
    StringBuilder sb = new StringBuilder("$ekq=$null;$ekq=@(").append(query.cmdlet());
    query.filter().ifPresent(f -> sb.append(" -Filter ").append(PowerShellText.quote(f)));
    sb.append(" -ResultSize ")
        .append(
            PowerShellText.quote(
                query.resultSize().isPresent()
                    ? String.valueOf(query.resultSize().getAsInt())
                    : "Unlimited"));
    sb.append(" -ErrorAction Stop -WarningAction SilentlyContinue 3>$null | ");
    sb.append(Reads.select(properties, List.of()));
    sb.append(");$r=$ekq.Count");
    return Script.of(sb.toString(), query.cmdlet());
  }

  /** {@code $r=@($ekq[from],…,$ekq[to-1])}. */
  static Script pageScript(int from, int to) {
    StringBuilder sb = new StringBuilder("$r=@(");
    for (int i = from; i < to; i++) {
      sb.append(i == from ? "" : ",").append("$ekq[").append(i).append(']');
    }
    return Script.of(sb.append(')').toString(), "page of search results");
  }

  @Override
  public Stream<RecipientRecord> search(SearchQuery query) {
    Objects.requireNonNull(query, "'query' must not be null");
    Script script = queryScript(query);
    // run the query on a leased session; a session that breaks before answering is replaced once
    for (int attempt = 0; ; attempt++) {
      PsSession session;
      try {
        session = pool.lease();
      } catch (SessionFailure f) {
        if (attempt == 0) {
          pool.countRetry();
          continue;
        }
        throw SessionPool.toDomain(f, true);
      }
      int total;
      try {
        total =
            backoff
                .run(() -> reads.read(session, script, query.cmdlet(), searchTimeout))
                .data()
                .asInt(0);
      } catch (SessionFailure f) {
        pool.release(session);
        if (attempt == 0 && f.kind() != SessionFailure.Kind.TIMED_OUT) {
          pool.countRetry();
          continue;
        }
        throw SessionPool.toDomain(f, false);
      } catch (RuntimeException e) {
        pool.release(session);
        throw e;
      }
      Pages pages = new Pages(session, total);
      return StreamSupport.stream(pages, false).onClose(pages::release);
    }
  }

  /** Pulls pages lazily; releases the session at the end, on failure or when closed. */
  private final class Pages extends Spliterators.AbstractSpliterator<RecipientRecord> {
    private final PsSession session;
    private final int total;
    private final Deque<RecipientRecord> buffer = new ArrayDeque<>();
    private int next;
    private boolean released;

    Pages(PsSession session, int total) {
      super(total, Spliterator.ORDERED | Spliterator.NONNULL);
      this.session = session;
      this.total = total;
    }

    @Override
    public boolean tryAdvance(Consumer<? super RecipientRecord> action) {
      if (buffer.isEmpty()) {
        if (released || next >= total) {
          release();
          return false;
        }
        int to = Math.min(total, next + pageSize);
        JsonNode page;
        try {
          page = backoff.run(() -> reads.read(session, pageScript(next, to), "Get-*")).data();
        } catch (SessionFailure f) {
          release();
          throw SessionPool.toDomain(f, false);
        } catch (ExchangeConnectorException e) {
          release();
          throw e;
        }
        next = to;
        for (Iterator<JsonNode> it = Json.elements(page).iterator(); it.hasNext(); ) {
          JsonNode o = it.next();
          if (o.isObject()) {
            buffer.add(record(o));
          }
        }
        if (buffer.isEmpty()) {
          return tryAdvance(action);
        }
      }
      action.accept(buffer.poll());
      return true;
    }

    synchronized void release() {
      if (released) {
        return;
      }
      released = true;
      try {
        if (session.isUsable()) {
          session.call(
              Script.of("$ekq=$null;$r=0", "end of search"), java.time.Duration.ofSeconds(30));
        }
      } catch (RuntimeException e) {
        // the session is poisoned by then and will be discarded
      } finally {
        pool.release(session);
      }
    }
  }

  static RecipientRecord record(JsonNode o) {
    Map<String, List<String>> properties = new LinkedHashMap<>();
    o.fields().forEachRemaining(e -> properties.put(e.getKey(), Json.texts(e.getValue())));
    String identity =
        Json.text(o.get("Identity"))
            .or(() -> Json.text(o.get("DistinguishedName")))
            .or(() -> Json.text(o.get("Name")))
            .orElse("");
    return new RecipientRecord(identity, properties);
  }
}
