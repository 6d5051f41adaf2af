package dev.jellyplex.cli;

import dev.jellyplex.cli.EngineCommand.UsageException;
import dev.jellyplex.notify.NotifyOptions;
import dev.jellyplex.notify.PathMap;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The media-server notification options of {@code sync}, {@code import} and {@code watch}. Secrets
 * come from the environment or from files, never from the command line (where {@code ps} shows
 * them).
 */
final class NotifyFlags {
  @Option(
      names = "--notify-jellyfin",
      paramLabel = "URL",
      description =
          "After a run that changed the target, tell the Jellyfin server at URL (e.g."
              + " http://jellyfin:8096) which movie folders changed. The API key comes from"
              + " JELLYFIN_API_KEY or --jellyfin-key-file.")
  @Nullable String jellyfin;

  @Option(
      names = "--jellyfin-key-file",
      paramLabel = "FILE",
      description = "Read the Jellyfin API key from FILE instead of JELLYFIN_API_KEY.")
  @Nullable String jellyfinKeyFile;

  @Option(
      names = "--notify-plex",
      paramLabel = "URL",
      description =
          "After a run that changed the target, tell the Plex server at URL (e.g."
              + " http://plex:32400) to rescan the changed movie folders. The token comes from"
              + " PLEX_TOKEN or --plex-token-file.")
  @Nullable String plex;

  @Option(
      names = "--plex-token-file",
      paramLabel = "FILE",
      description = "Read the Plex token from FILE instead of PLEX_TOKEN.")
  @Nullable String plexTokenFile;

  @Option(
      names = "--path-map",
      paramLabel = "FROM=TO",
      description =
          "Tell the servers paths starting with FROM as starting with TO (where the server sees"
              + " the library, e.g. inside its Docker container). Repeatable; the first match"
              + " wins.")
  List<String> pathMaps = new ArrayList<>();

  /**
   * The notification options these flags ask for ({@link NotifyOptions#enabled()} is false when
   * none); {@code env} reads environment variables.
   */
  NotifyOptions options(boolean dryRun, UnaryOperator<@Nullable String> env) throws UsageException {
    if (jellyfin == null && jellyfinKeyFile != null) {
      throw new UsageException("--jellyfin-key-file needs --notify-jellyfin URL");
    }
    if (plex == null && plexTokenFile != null) {
      throw new UsageException("--plex-token-file needs --notify-plex URL");
    }
    NotifyOptions.Builder b = NotifyOptions.builder().dryRun(dryRun);
    try {
      for (String m : pathMaps) {
        b.addPathMap(PathMap.parse(m));
      }
      String j = jellyfin;
      if (j != null) {
        b.jellyfin(
            url(j, "--notify-jellyfin"),
            secret(jellyfinKeyFile, env, "JELLYFIN_API_KEY", "--jellyfin-key-file", "API key"));
      }
      String p = plex;
      if (p != null) {
        b.plex(
            url(p, "--notify-plex"),
            secret(plexTokenFile, env, "PLEX_TOKEN", "--plex-token-file", "token"));
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(String.valueOf(e.getMessage()));
    }
    return b.build();
  }

  private static URI url(String text, String option) throws UsageException {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new UsageException(option + " is not a URL: " + e.getMessage());
    }
  }

  private static String secret(
      @Nullable String file,
      UnaryOperator<@Nullable String> env,
      String variable,
      String fileOption,
      String what)
      throws UsageException {
    if (file != null) {
      try {
        return Files.readString(EngineCommand.path(file, fileOption), StandardCharsets.UTF_8)
            .strip();
      } catch (IOException e) {
        throw new UsageException(
            "cannot read the " + what + " from " + fileOption + " " + file + ": " + reason(e));
      }
    }
    String value = env.apply(variable);
    if (value == null || value.isBlank()) {
      throw new UsageException(
          "the " + what + " is missing: set " + variable + " or give " + fileOption + " FILE");
    }
    return value.strip();
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName(); // never the message: it could quote the content
  }
}
