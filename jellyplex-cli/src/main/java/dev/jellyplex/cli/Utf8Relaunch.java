package dev.jellyplex.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Runs this program again under a UTF-8 locale when the JVM reads file names in another charset.
 *
 * <p>A JVM decodes file names with the C library's locale ({@code LC_ALL}/{@code LC_CTYPE}/{@code
 * LANG}); {@code -Dsun.jnu.encoding} is ignored on JDK 17 and later. Under {@code LANG} unset or
 * {@code LC_ALL=C} (cron jobs, containers) a name such as {@code Amélie (2001)} cannot even be
 * opened. So {@code java -jar jellyplex.jar} relaunches the same JVM command once with {@code
 * LC_ALL=C.UTF-8}. Such a JVM cannot pass non-ASCII arguments to a child process either, so the
 * program's arguments travel as the raw bytes of {@code /proc/self/cmdline}, hex-encoded, in one
 * ASCII argument that only a relaunched child accepts.
 */
final class Utf8Relaunch {
  /** Set in the child's environment: stops a second relaunch and enables the hex argument. */
  static final String GUARD = "JELLYPLEX_UTF8_RELAUNCH";

  private static final String HEX_ARGS = "--jellyplex-utf8-args=";

  private Utf8Relaunch() {}

  /** Whether a charset name is UTF-8. */
  static boolean isUtf8(String charset) {
    String c = charset.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
    return c.equals("UTF8");
  }

  /**
   * Relaunches under UTF-8 when needed and possible; returns the child's exit code, or empty when
   * this process should go on by itself (already UTF-8, already relaunched, or no way to do it).
   */
  static OptionalInt ifNeeded(String[] args) {
    if (isUtf8(System.getProperty("sun.jnu.encoding", "UTF-8"))
        || System.getenv(GUARD) != null
        || System.getenv("JELLYPLEX_NO_RELAUNCH") != null) {
      return OptionalInt.empty();
    }
    List<byte[]> cmdline;
    try {
      cmdline = split(Files.readAllBytes(Path.of("/proc/self/cmdline")));
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty(); // not Linux: the warning in EngineCommand says what to do
    }
    List<String> command = command(cmdline, args.length);
    if (command.isEmpty()) {
      return OptionalInt.empty();
    }
    ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
    Map<String, String> env = pb.environment();
    env.put("LC_ALL", "C.UTF-8");
    env.put(GUARD, "1");
    try {
      Process child = pb.start();
      while (true) {
        try {
          return OptionalInt.of(child.waitFor());
        } catch (InterruptedException e) {
          child.destroy();
        }
      }
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * The child's command: the JVM and its options as this process got them (they must be ASCII),
   * then the program's own arguments (the last {@code programArgs} entries) hex-encoded.
   */
  static List<String> command(List<byte[]> cmdline, int programArgs) {
    int prefix = cmdline.size() - programArgs;
    if (prefix < 1) {
      return List.of();
    }
    List<String> command = new ArrayList<>();
    for (byte[] arg : cmdline.subList(0, prefix)) {
      for (byte b : arg) {
        if (b < 0) {
          return List.of(); // a non-ASCII JVM option or jar path cannot be passed on here
        }
      }
      command.add(new String(arg, StandardCharsets.US_ASCII));
    }
    if (programArgs > 0) {
      StringBuilder hex = new StringBuilder(HEX_ARGS);
      HexFormat h = HexFormat.of();
      for (int i = prefix; i < cmdline.size(); i++) {
        if (i > prefix) {
          hex.append('.');
        }
        hex.append(h.formatHex(cmdline.get(i)));
      }
      command.add(hex.toString());
    }
    return command;
  }

  /** In a relaunched child: the program's real arguments; elsewhere {@code args} unchanged. */
  static String[] arguments(String[] args) {
    if (args.length != 1 || !args[0].startsWith(HEX_ARGS) || System.getenv(GUARD) == null) {
      return args;
    }
    return decode(args[0].substring(HEX_ARGS.length()));
  }

  static String[] decode(String hexArgs) {
    String[] parts = hexArgs.split("\\.", -1);
    String[] out = new String[parts.length];
    HexFormat h = HexFormat.of();
    for (int i = 0; i < parts.length; i++) {
      out[i] = new String(h.parseHex(parts[i]), StandardCharsets.UTF_8);
    }
    return out;
  }

  static List<byte[]> split(byte[] cmdline) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < cmdline.length; i++) {
      if (cmdline[i] == 0) {
        byte[] arg = new byte[i - start];
        System.arraycopy(cmdline, start, arg, 0, arg.length);
        out.add(arg);
        start = i + 1;
      }
    }
    return out;
  }
}
