package dev.jellyplex.model;

import org.immutables.value.Value;

/**
 * Something of a source name that the target format cannot express; reported, never silent.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface TranslationLoss {
  /** What kind of thing is lost. */
  @Value.Parameter
  LossKind kind();

  /** The key of an attribute, or empty. */
  @Value.Parameter
  String key();

  /** What is lost, e.g. {@code remux}. */
  @Value.Parameter
  String value();

  /** Why, in a few words. */
  @Value.Parameter
  String reason();

  /** Creates a loss. */
  static TranslationLoss of(LossKind kind, String key, String value, String reason) {
    return ImmutableTranslationLoss.of(kind, key, value, reason);
  }
}
