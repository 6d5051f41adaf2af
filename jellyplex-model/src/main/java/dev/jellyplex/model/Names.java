package dev.jellyplex.model;

/** Argument checks shared by the value types. */
final class Names {
  private Names() {}

  /** A non-blank piece of a name without path separators or NUL. */
  static void requireUsable(String what, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    requireNoSeparator(what, value);
  }

  static void requireNoSeparator(String what, String value) {
    if (value.indexOf('/') >= 0 || value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          what + " must not contain '/' or NUL, got \"" + printable(value) + "\"");
    }
  }

  /** The value with control characters escaped, for messages. */
  static String printable(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value
        .codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp)) {
                out.append(String.format("\\u%04x", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
