package dev.jellyplex.formats;

import dev.jellyplex.model.TranslationLoss;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a format reads from a video file name: the video, or nothing when the name has no usable
 * extension.
 */
@Value.Immutable
interface VideoReading {
  /** The video; empty when the file name has no extension a video can have. */
  @Value.Parameter
  Optional<Video> video();

  /** What the model cannot hold of the name, in order. */
  @Value.Parameter
  List<TranslationLoss> losses();

  /** Creates a reading. */
  static VideoReading of(Optional<Video> video, List<TranslationLoss> losses) {
    return ImmutableVideoReading.of(video, losses);
  }
}
