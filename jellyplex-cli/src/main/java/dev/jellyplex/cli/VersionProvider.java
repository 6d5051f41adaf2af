package dev.jellyplex.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}, one line: the program name as called, then the jar manifest's {@code
 * Implementation-Version}, or, when run from classes, the version Maven wrote into {@code
 * version.properties}.
 */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {line(Main.programName(), version(), System.getProperty("java.version"))};
  }

  /**
   * The one line of {@code --version}: the program name as it was called, its version and the Java
   * it runs on, e.g. {@code jellyplex-sync 0.1.0 (Java 17.0.15)}.
   */
  static String line(String program, String version, String java) {
    return TerminalText.escape(program) + " " + version + " (Java " + java + ")";
  }

  /** The program version, e.g. {@code 0.1.0}. */
  static String version() {
    String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
    if (fromManifest != null) {
      return fromManifest;
    }
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.startsWith("${")) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall through to "unknown"
    }
    return "unknown";
  }
}
