package io.parley.bench.rpc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values every server answers and every client sends, built with each stack's generated API:
 * the same User (12 fields, a non-ASCII string) and Page (15 users) as the codec benchmark.
 */
final class Payloads {
  private Payloads() {}

  static final int PAGE_SIZE = 15;
  private static final List<Integer> GROUPS = List.of(3, 17, 256, 4096, 65536, 1 << 20, 7, 9, 11, 13);
  private static final Map<String, String> ATTRIBUTES = attributes();

  private static Map<String, String> attributes() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("locale", "de-CH");
    map.put("theme", "dark");
    map.put("plan", "pro");
    return map;
  }

  static io.parley.bench.rpc.parley.User parleyUser(long i) {
    return io.parley.bench.rpc.parley.User.builder().id(1_000_000L + i).username("user" + i)
        .displayName("Zoë Ångström ✓ " + i).email("user" + i + "@example.com").age(30 + (int) (i % 50))
        .score(97.5 + i).verified(true).role(io.parley.bench.rpc.parley.Role.ADMIN)
        .createdAt(1_700_000_000_000L + i).groupIds(GROUPS).bio("Writes RPC toolchains; reads the wire, byte by byte.")
        .attributes(ATTRIBUTES).build();
  }

  static io.parley.bench.rpc.parley.Page parleyPage(int number) {
    List<io.parley.bench.rpc.parley.User> users = new ArrayList<>();
    for (int i = 0; i < PAGE_SIZE; i++) {
      users.add(parleyUser(i));
    }
    return io.parley.bench.rpc.parley.Page.builder().users(users).pageNumber(number).hasMore(true).build();
  }

  static io.parley.bench.rpc.thrift.User thriftUser(long i) {
    return new io.parley.bench.rpc.thrift.User().setId(1_000_000L + i).setUsername("user" + i)
        .setDisplayName("Zoë Ångström ✓ " + i).setEmail("user" + i + "@example.com").setAge(30 + (int) (i % 50))
        .setScore(97.5 + i).setVerified(true).setRole(io.parley.bench.rpc.thrift.Role.ADMIN)
        .setCreatedAt(1_700_000_000_000L + i).setGroupIds(new ArrayList<>(GROUPS)).setBio("Writes RPC toolchains; reads the wire, byte by byte.")
        .setAttributes(new LinkedHashMap<>(ATTRIBUTES));
  }

  static io.parley.bench.rpc.thrift.Page thriftPage(int number) {
    List<io.parley.bench.rpc.thrift.User> users = new ArrayList<>();
    for (int i = 0; i < PAGE_SIZE; i++) {
      users.add(thriftUser(i));
    }
    return new io.parley.bench.rpc.thrift.Page().setUsers(users).setPageNumber(number).setHasMore(true);
  }

  static io.parley.bench.rpc.grpc.User grpcUser(long i) {
    return io.parley.bench.rpc.grpc.User.newBuilder().setId(1_000_000L + i).setUsername("user" + i)
        .setDisplayName("Zoë Ångström ✓ " + i).setEmail("user" + i + "@example.com").setAge(30 + (int) (i % 50))
        .setScore(97.5 + i).setVerified(true).setRole(io.parley.bench.rpc.grpc.Role.ADMIN)
        .setCreatedAt(1_700_000_000_000L + i).addAllGroupIds(GROUPS).setBio("Writes RPC toolchains; reads the wire, byte by byte.")
        .putAllAttributes(ATTRIBUTES).build();
  }

  static io.parley.bench.rpc.grpc.Page grpcPage(int number) {
    io.parley.bench.rpc.grpc.Page.Builder page = io.parley.bench.rpc.grpc.Page.newBuilder();
    for (int i = 0; i < PAGE_SIZE; i++) {
      page.addUsers(grpcUser(i));
    }
    return page.setPageNumber(number).setHasMore(true).build();
  }
}
