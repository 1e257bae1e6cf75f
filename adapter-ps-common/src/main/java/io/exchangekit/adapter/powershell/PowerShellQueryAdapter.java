package io.exchangekit.adapter.powershell;

import com.fasterxml.jackson.databind.JsonNode;
import io.exchangekit.catalog.CmdletCatalog;
import io.exchangekit.core.error.ExchangeConnectorException;
import io.exchangekit.core.error.InvalidValueException;
import io.exchangekit.core.mode.ExchangeVersion;
import io.exchangekit.core.search.RecipientRecord;
import io.exchangekit.core.search.SearchQuery;
import io.exchangekit.core.search.SearchValue;
import io.exchangekit.ports.out.exchange.RecipientQueryPort;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

  private static final CmdletCatalog CATALOG = CmdletCatalog.load();

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

  /**
   * The statements that run the query and keep its result in the session. Every parameter is first
   * checked against Microsoft's catalog for {@code version}; every value is rendered as a quoted
   * literal, switches as {@code -Name} or {@code -Name:$false}. On Exchange Online, Get-Mailbox,
   * Get-CASMailbox and Get-Recipient run as their REST-backed reads when those take every parameter
   * (see {@link ReadCmdlets}), with the properties the search returns selected.
   *
   * @throws InvalidValueException naming the parameter, the cmdlet and the version when the cmdlet
   *     or a parameter does not exist there, or a value does not fit the parameter's kind
   */
  static Script queryScript(SearchQuery query, ExchangeVersion version) {
    String product = version.productName();
    String cmdlet = query.cmdlet();
    if (!CATALOG.isCmdletApplicable(cmdlet, product)) {
      throw refused(cmdlet + " does not exist on " + product);
    }
    List<String> properties = new ArrayList<>();
    properties.add("Identity");
    List<String> wanted =
        query.properties().isEmpty()
            ? DEFAULT_PROPERTIES.getOrDefault(cmdlet, GENERAL_DEFAULT)
            : query.properties();
    if (wanted.contains("*")) {
      properties = List.of("*");
    } else {
      wanted.stream().filter(p -> !p.equalsIgnoreCase("Identity")).forEach(properties::add);
    }
    Map<String, SearchValue> named = new LinkedHashMap<>();
    for (Map.Entry<String, SearchValue> e : query.parameters().entrySet()) {
      named.put(parameterOn(cmdlet, e.getKey(), product), e.getValue());
    }
    // on Exchange Online a REST-backed read runs the search when it takes every parameter
    String run = ReadCmdlets.forVersion(version).searchCmdlet(cmdlet, named.keySet());
    StringBuilder sb = new StringBuilder("$ekq=$null;$ekq=@(").append(run);
    boolean sized = false;
    for (Map.Entry<String, SearchValue> e : named.entrySet()) {
      sized |= e.getKey().equals("ResultSize");
      sb.append(render(run, e.getKey(), e.getValue(), product));
    }
    if (!sized && CATALOG.isApplicable(run, "ResultSize", product)) {
      sb.append(" -ResultSize ").append(PowerShellText.quote("Unlimited"));
    }
    sb.append(ReadCmdlets.selection(run, properties));
    sb.append(" -ErrorAction Stop -WarningAction SilentlyContinue 3>$null | ");
    sb.append(Reads.select(properties, List.of()));
    sb.append(");$r=$ekq.Count");
    return Script.of(sb.toString(), run);
  }

  /** The catalog's name of a parameter given by name or alias, if it exists on the product. */
  private static String parameterOn(String cmdlet, String parameter, String product) {
    Optional<String> name = CATALOG.canonicalParameterName(cmdlet, parameter);
    if (name.isEmpty()) {
      throw refused(cmdlet + " has no parameter -" + parameter);
    }
    if (!CATALOG.isApplicable(cmdlet, name.get(), product)) {
      throw refused("parameter -" + name.get() + " of " + cmdlet + " does not exist on " + product);
    }
    return name.get();
  }

  private static String render(String cmdlet, String name, SearchValue value, String product) {
    boolean isSwitch = CATALOG.isSwitch(cmdlet, name);
    if (value instanceof SearchValue.Switch sw) {
      if (!isSwitch) {
        throw refused("parameter -" + name + " of " + cmdlet + " on " + product + " takes a value");
      }
      return " -" + name + (sw.value() ? "" : ":$false");
    }
    if (isSwitch) {
      throw refused(
          "parameter -" + name + " of " + cmdlet + " on " + product + " is a switch: no value");
    }
    StringBuilder sb = new StringBuilder(" -").append(name).append(' ');
    if (value instanceof SearchValue.Text t) {
      sb.append(PowerShellText.quote(t.value()));
    } else if (value instanceof SearchValue.Number n) {
      sb.append(PowerShellText.quote(Long.toString(n.value())));
    } else if (value instanceof SearchValue.TextList l) {
      String type = CATALOG.type(cmdlet, name);
      if (type == null || !type.endsWith("[]")) {
        throw refused(
            "parameter -" + name + " of " + cmdlet + " on " + product + " takes one value");
      }
      String sep = "";
      for (String v : l.values()) {
        sb.append(sep).append(PowerShellText.quote(v));
        sep = ",";
      }
    }
    return sb.toString();
  }

  private static InvalidValueException refused(String reason) {
    return new InvalidValueException("searchQuery is refused: " + reason, List.of("searchQuery"));
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
      Script script;
      try {
        script = queryScript(query, session.version());
      } catch (RuntimeException e) {
        pool.release(session);
        throw e;
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
    o.fields().forEachRemaining(e -> properties.put(e.getKey(), Json.resultTexts(e.getValue())));
    String identity =
        Json.text(o.get("Identity"))
            .or(() -> Json.text(o.get("DistinguishedName")))
            .or(() -> Json.text(o.get("Name")))
            .orElse("");
    return new RecipientRecord(identity, properties);
  }
}
