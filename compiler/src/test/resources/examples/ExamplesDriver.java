import io.parley.examples.catalog.CatalogConstants;
import io.parley.examples.catalog.Product;
import io.parley.examples.catalog.types.Currency;
import io.parley.examples.catalog.types.Location;
import io.parley.examples.catalog.types.Money;
import io.parley.examples.catalog.types.TypesConstants;
import io.parley.examples.kvstore.KeyValueStore;
import io.parley.examples.kvstore.NotFound;
import io.parley.examples.kvstore.PutResult;
import io.parley.runtime.Bytes;
import io.parley.runtime.Framing;
import io.parley.runtime.Protocol;
import io.parley.runtime.protocol.ProtocolWriter;
import io.parley.runtime.protocol.Protocols;
import io.parley.runtime.rpc.RpcClient;
import io.parley.runtime.rpc.RpcServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Exercises the key-value store and catalog examples through their generated Java code. */
public final class ExamplesDriver {
  private ExamplesDriver() {}

  static void check(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }

  /** An in-memory store: what a user would write against the generated interface. */
  static final class MemoryStore implements KeyValueStore {
    final ConcurrentSkipListMap<String, Bytes> entries = new ConcurrentSkipListMap<>();
    final CountDownLatch cleared = new CountDownLatch(1);

    @Override
    public Bytes get(String key) throws NotFound {
      Bytes value = entries.get(key);
      if (value == null) {
        throw NotFound.builder().key(key).build();
      }
      return value;
    }

    @Override
    public PutResult put(String key, Bytes value) {
      return entries.put(key, value) == null ? PutResult.INSERTED : PutResult.REPLACED;
    }

    @Override
    public void delete(String key) throws NotFound {
      if (entries.remove(key) == null) {
        throw NotFound.builder().key(key).build();
      }
    }

    @Override
    public boolean exists(String key) {
      return entries.containsKey(key);
    }

    @Override
    public List<String> keys(String prefix, int limit) {
      List<String> keys = new ArrayList<>();
      for (String key : entries.tailMap(prefix).keySet()) {
        if (!key.startsWith(prefix) || keys.size() == limit) {
          break;
        }
        keys.add(key);
      }
      return keys;
    }

    @Override
    public void clear() {
      entries.clear();
      cleared.countDown();
    }
  }

  public static void run() throws Exception {
    MemoryStore store = new MemoryStore();
    try (RpcServer server = RpcServer.builder().port(0).protocol(Protocol.BINARY).framing(Framing.BUFFERED)
            .service(KeyValueStore.processor(store)).start();
        RpcClient channel = RpcClient.builder().host("127.0.0.1").port(server.port()).protocol(Protocol.BINARY)
            .framing(Framing.BUFFERED).callTimeout(Duration.ofSeconds(5)).build()) {
      KeyValueStore kv = KeyValueStore.client(channel);
      check(kv.put("a/1", Bytes.utf8("one")) == PutResult.INSERTED, "insert");
      check(kv.put("a/1", Bytes.utf8("uno")) == PutResult.REPLACED, "replace");
      kv.put("a/2", Bytes.copyOf(new byte[] {0, (byte) 0xff}));
      kv.put("b/1", Bytes.EMPTY);
      check(kv.get("a/1").equals(Bytes.utf8("uno")), "get");
      check(kv.get("b/1").size() == 0, "empty binary");
      check(kv.exists("a/2") && !kv.exists("zzz"), "exists");
      check(kv.keys("a/", 10).equals(List.of("a/1", "a/2")), "keys by prefix");
      check(kv.keys("", 2).equals(List.of("a/1", "a/2")), "keys with a limit");
      try {
        kv.get("missing");
        throw new AssertionError("get of a missing key returned");
      } catch (NotFound e) {
        check(e.key().equals("missing"), "NotFound carries the key");
      }
      kv.delete("a/1");
      try {
        kv.delete("a/1");
        throw new AssertionError("deleting twice succeeded");
      } catch (NotFound e) {
        check(e.key().equals("a/1"), "delete of a missing key");
      }
      kv.clear();
      check(store.cleared.await(5, TimeUnit.SECONDS), "oneway clear reached the store");
      check(!kv.exists("a/2"), "cleared");
    }

    // The catalog: constants across files, unions, defaults, and containers keyed by enums.
    Product sample = CatalogConstants.SAMPLE;
    check(sample.sku().equals("sku-1") && sample.location().aisle().equals("A3"), "struct constant with a union");
    check(sample.price().equals(TypesConstants.FREE) && sample.price().currency() == Currency.EUR, "defaults");
    check(CatalogConstants.CURRENCY_BY_COUNTRY.get("US") == Currency.USD, "map constant of enums");
    check(TypesConstants.ACCEPTED.contains(Currency.USD) && !TypesConstants.ACCEPTED.contains(Currency.CHF), "set constant");
    Map<Currency, Money> local = new TreeMap<>((x, y) -> Integer.compare(x.value(), y.value()));
    local.put(Currency.CHF, Money.builder().amount(990).currency(Currency.CHF).build());
    Product product = sample.toBuilder().location(Location.warehouseBin(17)).localPrices(local)
        .attributes(Map.of("colour", "red")).build();
    for (Protocol protocol : Protocol.values()) {
      ProtocolWriter out = Protocols.writer(protocol);
      product.write(out);
      Product back = Product.read(Protocols.reader(protocol, out.toByteArray()));
      check(back.equals(product), protocol + ": catalog round trip: " + back);
      check(back.location().kind() == Location.Kind.WAREHOUSE_BIN, "union member after a round trip");
    }
  }
}
