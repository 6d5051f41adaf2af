package dev.jellyplex.formats;

import dev.jellyplex.model.LossKind;
import dev.jellyplex.model.TranslationLoss;
import java.util.List;

/** Reporting what a name loses. */
final class Losses {
  private Losses() {}

  /** Adds a loss. */
  static void add(
      List<TranslationLoss> losses, LossKind kind, String key, String value, String why) {
    losses.add(TranslationLoss.of(kind, key, value, why));
  }
}
