package dev.jellyplex.engine;

import java.io.IOException;

/**
 * The run cannot start: a missing folder, an unknown format, nested source and target, a
 * cross-filesystem hardlink mirror, ... Nothing was touched. The message names the path and the
 * fix.
 *
 * @since 0.1.0
 */
public class SetupException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the path and the fix. */
  public SetupException(String message) {
    super(message);
  }
}
