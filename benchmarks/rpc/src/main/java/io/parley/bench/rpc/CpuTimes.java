package io.parley.bench.rpc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process has used so far, in user and kernel mode, as Linux reports it in
 * {@code /proc/<pid>/stat} (all of its threads, including the JVM's own: JIT, GC). Taken before
 * and after a measured cell, the difference divided by the calls gives each side's CPU per call,
 * which tells the codec's share (user time) from the socket's and the scheduler's (kernel time).
 *
 * @param userTicks time in user mode, in clock ticks
 * @param sysTicks time in kernel mode, in clock ticks
 */
record CpuTimes(long userTicks, long sysTicks) {
  /** Linux's USER_HZ, the unit of {@code /proc/<pid>/stat}: 100 on every mainstream architecture. */
  static final double MICROS_PER_TICK = 1e6 / 100;

  /** The process's times so far, or null where there is no {@code /proc} (not Linux) or it is gone. */
  static CpuTimes of(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
      // Fields after the command name, which is in parentheses and may itself hold spaces or ')'.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
      // utime and stime are fields 14 and 15 of the line; f[0] is field 3 (the state).
      return new CpuTimes(Long.parseLong(f[11]), Long.parseLong(f[12]));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The times used between {@code before} and this snapshot. */
  CpuTimes since(CpuTimes before) {
    return new CpuTimes(userTicks - before.userTicks, sysTicks - before.sysTicks);
  }

  double userMicros() {
    return userTicks * MICROS_PER_TICK;
  }

  double sysMicros() {
    return sysTicks * MICROS_PER_TICK;
  }
}
