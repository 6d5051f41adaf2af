package dev.jellyplex.notify;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Building and showing server URLs. */
final class Urls {
  private Urls() {}

  /** Checks that {@code url} is an absolute http(s) URL. */
  static URI check(URI url, String option) {
    String scheme = url.getScheme();
    if (scheme == null
        || !(scheme.toLowerCase(Locale.ROOT).equals("http")
            || scheme.toLowerCase(Locale.ROOT).equals("https"))
        || url.getHost() == null) {
      throw new IllegalArgumentException(
          option
              + " needs an http:// or https:// URL with a host, e.g. http://server:8096; got "
              + display(url));
    }
    return url;
  }

  /** {@code base} with {@code path} appended (one slash between), without query or fragment. */
  static URI resolve(URI base, String path) {
    String b = base.getScheme() + "://" + base.getRawAuthority() + nullToEmpty(base.getRawPath());
    while (b.endsWith("/")) {
      b = b.substring(0, b.length() - 1);
    }
    return URI.create(b + path);
  }

  /** {@code s} encoded for a query parameter value. */
  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The URL as shown in messages: no user info, no query (where secrets could hide). */
  static String display(URI url) {
    String scheme = url.getScheme();
    String host = url.getHost();
    if (scheme == null || host == null) {
      return "(an unusable URL)";
    }
    return scheme
        + "://"
        + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
        + (url.getPort() < 0 ? "" : ":" + url.getPort())
        + nullToEmpty(url.getRawPath());
  }

  private static String nullToEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
