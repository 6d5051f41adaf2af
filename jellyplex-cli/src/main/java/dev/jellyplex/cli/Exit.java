package dev.jellyplex.cli;

/** The process exit codes. */
final class Exit {
  private Exit() {}

  /** Success; for {@code diff}: in sync. */
  static final int OK = 0;

  /** The run found problems it reports (clashes, file errors, a refusing guard); diff: differs. */
  static final int PROBLEMS = 1;

  /** Setup or usage error: nothing was done. */
  static final int SETUP = 2;
}
