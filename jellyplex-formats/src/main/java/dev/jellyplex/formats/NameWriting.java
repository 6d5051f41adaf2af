package dev.jellyplex.formats;

import dev.jellyplex.model.TranslationLoss;
import java.util.List;
import org.immutables.value.Value;

/** A name a format writes for a model value, and what of the value the name cannot express. */
@Value.Immutable
interface NameWriting {
  /** The written name: one path segment, never containing {@code /} or NUL. */
  @Value.Parameter
  String name();

  /** What the name cannot express, in order. */
  @Value.Parameter
  List<TranslationLoss> losses();

  /** Creates a writing. */
  static NameWriting of(String name, List<TranslationLoss> losses) {
    return ImmutableNameWriting.of(name, losses);
  }
}
