package dev.jellyplex.engine;

import java.io.IOException;

/**
 * A safety guard stopped the run before it changed anything: {@code --max-delete} or the default
 * deletion bound exceeded, or another run holds the target's lock.
 *
 * @since 0.1.0
 */
public class RefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what was refused and why. */
  public RefusedException(String message) {
    super(message);
  }
}
