package io.parley.bench;

import io.parley.bench.parley.Blob;
import io.parley.bench.parley.Page;
import io.parley.bench.parley.Role;
import io.parley.bench.parley.Small;
import io.parley.bench.parley.User;
import io.parley.runtime.Bytes;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The same benchmark values built with Parley's generated API, libthrift's and protobuf-java's. */
final class Payloads {
  private Payloads() {}

  static final List<Integer> GROUPS = List.of(3, 17, 256, 4096, 65536, 1 << 20, 7, 9, 11, 13);
  static final Map<String, String> ATTRIBUTES = attributes();
  static final byte[] BLOB = new byte[64 * 1024];

  static {
    for (int i = 0; i < BLOB.length; i++) {
      BLOB[i] = (byte) (i * 31);
    }
  }

  private static Map<String, String> attributes() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("locale", "de-CH");
    map.put("theme", "dark");
    map.put("plan", "pro");
    return map;
  }

  static Object parley(String payload) {
    return switch (payload) {
      case "small" -> Small.builder().id(42).name("parley").active(true).build();
      case "user" -> parleyUser(1);
      case "page" -> {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
          users.add(parleyUser(i));
        }
        yield Page.builder().users(users).pageNumber(3).hasMore(true).build();
      }
      default -> Blob.builder().id(7).data(Bytes.copyOf(BLOB)).build();
    };
  }

  private static User parleyUser(int i) {
    return User.builder().id(1_000_000L + i).username("user" + i).displayName("Zoë Ångström ✓ " + i)
        .email("user" + i + "@example.com").age(30 + i).score(97.5 + i).verified(true).role(Role.ADMIN)
        .createdAt(1_700_000_000_000L + i).groupIds(GROUPS).bio("Writes RPC toolchains; reads the wire, byte by byte.")
        .attributes(ATTRIBUTES).build();
  }

  static org.apache.thrift.TBase<?, ?> thrift(String payload) {
    return switch (payload) {
      case "small" -> new io.parley.bench.thrift.Small().setId(42).setName("parley").setActive(true);
      case "user" -> thriftUser(1);
      case "page" -> {
        List<io.parley.bench.thrift.User> users = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
          users.add(thriftUser(i));
        }
        yield new io.parley.bench.thrift.Page().setUsers(users).setPageNumber(3).setHasMore(true);
      }
      default -> new io.parley.bench.thrift.Blob().setId(7).setData(ByteBuffer.wrap(BLOB.clone()));
    };
  }

  private static io.parley.bench.thrift.User thriftUser(int i) {
    return new io.parley.bench.thrift.User().setId(1_000_000L + i).setUsername("user" + i)
        .setDisplayName("Zoë Ångström ✓ " + i).setEmail("user" + i + "@example.com").setAge(30 + i)
        .setScore(97.5 + i).setVerified(true).setRole(io.parley.bench.thrift.Role.ADMIN)
        .setCreatedAt(1_700_000_000_000L + i).setGroupIds(new ArrayList<>(GROUPS)).setBio("Writes RPC toolchains; reads the wire, byte by byte.")
        .setAttributes(new LinkedHashMap<>(ATTRIBUTES));
  }

  static com.google.protobuf.MessageLite protobuf(String payload) {
    return switch (payload) {
      case "small" -> io.parley.bench.protobuf.Small.newBuilder().setId(42).setName("parley").setActive(true).build();
      case "user" -> protobufUser(1);
      case "page" -> {
        io.parley.bench.protobuf.Page.Builder page = io.parley.bench.protobuf.Page.newBuilder();
        for (int i = 0; i < 15; i++) {
          page.addUsers(protobufUser(i));
        }
        yield page.setPageNumber(3).setHasMore(true).build();
      }
      default -> io.parley.bench.protobuf.Blob.newBuilder().setId(7)
          .setData(com.google.protobuf.ByteString.copyFrom(BLOB)).build();
    };
  }

  private static io.parley.bench.protobuf.User protobufUser(int i) {
    return io.parley.bench.protobuf.User.newBuilder().setId(1_000_000L + i).setUsername("user" + i)
        .setDisplayName("Zoë Ångström ✓ " + i).setEmail("user" + i + "@example.com").setAge(30 + i)
        .setScore(97.5 + i).setVerified(true).setRole(io.parley.bench.protobuf.Role.ADMIN)
        .setCreatedAt(1_700_000_000_000L + i).addAllGroupIds(GROUPS).setBio("Writes RPC toolchains; reads the wire, byte by byte.")
        .putAllAttributes(ATTRIBUTES).build();
  }
}
