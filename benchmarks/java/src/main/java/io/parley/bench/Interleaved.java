package io.parley.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares builds of the codecs on a busy machine: each variant (a snapshot of this module's
 * classes and of the Parley runtime, see {@code interleaved.sh}) is loaded in its own class loader
 * into one JVM, and their decode (or, with {@code -Dmethod=encode}, encode) runs in alternating
 * time slices, so load from other processes hits every variant alike. Prints the minimum and
 * low percentiles of the per-slice averages, which are what other processes disturb least.
 *
 * <p>Arguments: the classpath of the third-party libraries, the payload, then
 * {@code name=snapshotDir,CodecClass,PROTOCOL} per variant (CodecClass: ParleyCodec,
 * ThriftCodec or ProtobufCodec; PROTOCOL: COMPACT or BINARY, ignored by protobuf).
 */
public final class Interleaved {
  private Interleaved() {}

  interface Op { Object run() throws Exception; }
  static volatile Object sink;

  static Op codec(String dir, String rest, String cls, String payload, String protocol) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(Path.of(dir, "classes").toUri().toURL());
    urls.add(Path.of(dir, "parley-runtime-0.1.0-SNAPSHOT.jar").toUri().toURL());
    for (String p : rest.split(":")) urls.add(Path.of(p).toUri().toURL());
    ClassLoader l = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    Class<?> c = Class.forName("io.parley.bench." + cls, true, l);
    Object impl;
    if (cls.equals("ParleyCodec")) {
      Class<?> proto = Class.forName("io.parley.runtime.Protocol", true, l);
      Object pv = proto.getField(protocol).get(null);
      Constructor<?> k = c.getDeclaredConstructor(String.class, proto, boolean.class);
      k.setAccessible(true);
      impl = k.newInstance(payload, pv, false);
    } else {
      Constructor<?> k = c.getDeclaredConstructors()[0];
      k.setAccessible(true);
      impl = k.getParameterCount() == 2 ? k.newInstance(payload, protocol.equals("COMPACT")) : k.newInstance(payload);
    }
    Method m = c.getDeclaredMethod(System.getProperty("method", "decode"));
    m.setAccessible(true);
    Object target = impl;
    MethodHandle mh = MethodHandles.lookup().unreflect(m).bindTo(target);
    return () -> { try { return mh.invoke(); } catch (Throwable t) { throw new RuntimeException(t); } };
  }

  /** Runs the comparison; see the class comment for the arguments. */
  public static void main(String[] a) throws Exception {
    String rest = a[0], payload = a[1];
    List<String> names = new ArrayList<>();
    List<Op> ops = new ArrayList<>();
    for (int i = 2; i < a.length; i++) {
      String[] s = a[i].split("=");  // name=dir:Class:PROTOCOL
      String[] d = s[1].split(",");
      names.add(s[0]);
      ops.add(codec(d[0], rest, d[1], payload, d[2]));
    }
    int slices = Integer.getInteger("slices", 60);
    long sliceNs = Long.getLong("sliceMs", 40) * 1_000_000;
    double[][] res = new double[ops.size()][slices];
    for (int w = 0; w < 3; w++) for (Op op : ops) time(op, 2 * sliceNs); // warm-up
    for (int s = 0; s < slices; s++) {
      for (int k = 0; k < ops.size(); k++) {
        int j = (s + k) % ops.size();
        res[j][s] = time(ops.get(j), sliceNs);
      }
    }
    for (int k = 0; k < ops.size(); k++) {
      double[] r = res[k].clone();
      Arrays.sort(r);
      System.out.printf("%-10s %-6s min %8.1f  p10 %8.1f  p25 %8.1f  med %8.1f ns%n", names.get(k), payload, r[0], r[slices / 10], r[slices / 4], r[slices / 2]);
    }
  }

  static double time(Op op, long ns) throws Exception {
    long n = 0, start = System.nanoTime(), end = start + ns, now;
    Object o = null;
    do {
      for (int i = 0; i < 64; i++) o = op.run();
      n += 64;
    } while ((now = System.nanoTime()) < end);
    sink = o;
    return (double) (now - start) / n;
  }
}
