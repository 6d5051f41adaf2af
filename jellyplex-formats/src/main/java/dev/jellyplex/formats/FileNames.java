package dev.jellyplex.formats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** File names as a whole: stem and extension, byte lengths, and the disambiguation hash. */
final class FileNames {
  private FileNames() {}

  /**
   * Whether {@code text} is a disambiguation hash: exactly 8 lower-case hex digits, what the regex
   * {@code [0-9a-f]{8}} matches.
   */
  static boolean isHash(String text) {
    if (text.length() != 8) {
      return false;
    }
    for (int i = 0; i < 8; i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The hash that tells clashing files apart: the first 8 hex digits of SHA-256 over the UTF-8
   * bytes of {@code name}.
   */
  static String hash(String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      // by hand, not String.format("%02x"): a first clash would load the Formatter and locale data
      char[] hex = new char[8];
      for (int i = 0; i < 4; i++) {
        hex[2 * i] = HEX_DIGITS.charAt((digest[i] >> 4) & 0xf);
        hex[2 * i + 1] = HEX_DIGITS.charAt(digest[i] & 0xf);
      }
      return new String(hex);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  private static final String HEX_DIGITS = "0123456789abcdef";

  /** The number of UTF-8 bytes of a name. */
  static int utf8Length(String name) {
    return name.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * Whether a name has at most {@code maxBytes} bytes in UTF-8. A char never takes more than 3
   * bytes (a surrogate pair takes 4 for 2 chars), so short names need no encoding.
   */
  static boolean fitsInUtf8(String name, int maxBytes) {
    return name.length() <= maxBytes / 3 || utf8Length(name) <= maxBytes;
  }

  /** Index of the extension dot of a file name, or -1 when it has none. */
  static int extensionDot(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 && dot < fileName.length() - 1 ? dot : -1;
  }

  /** The file name without its extension. */
  static String stem(String fileName) {
    int dot = extensionDot(fileName);
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }

  /** The extension with its dot, or the empty string. */
  static String extension(String fileName) {
    int dot = extensionDot(fileName);
    return dot < 0 ? "" : fileName.substring(dot);
  }

  /** What the regex {@code \\.[A-Za-z0-9][A-Za-z0-9-]{0,15}} matches. */
  static boolean isExtension(String s) {
    int n = s.length();
    if (n < 2 || n > 17 || s.charAt(0) != '.' || !Text.isAsciiLetterOrDigit(s.charAt(1))) {
      return false;
    }
    for (int i = 2; i < n; i++) {
      if (s.charAt(i) != '-' && !Text.isAsciiLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
