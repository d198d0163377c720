package io.parley.interop;

import io.parley.interop.thrifttest.SecondService;

/** The second service of a multiplexed conformance server. */
public final class SecondServiceHandler implements SecondService {
  @Override
  public String secondtestString(String thing) {
    return "testString(\"" + thing + "\")";
  }
}
