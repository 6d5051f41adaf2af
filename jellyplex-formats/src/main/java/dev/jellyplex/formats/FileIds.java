package dev.jellyplex.formats;

import dev.jellyplex.model.LossKind;
import dev.jellyplex.model.Movie;
import dev.jellyplex.model.TranslationLoss;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Provider ids read from the main videos' file names when the folder has none (naming contract 2.2
 * rule 1 and 3.2 rule 5: TRaSH's and Radarr's file-only-id layouts).
 */
final class FileIds {
  private FileIds() {}

  /**
   * {@code movie} with the ids its main videos agree on, when its folder gave it none: for each
   * provider, the one value every video that has one gives (an {@code imdb} on one file and a
   * {@code tmdb} on another give both). A provider with two values gives none, and each value is
   * reported as a loss.
   */
  static Movie withIdsOfVideos(
      Movie movie, FormatBase format, List<String> mainVideos, Collection<TranslationLoss> losses) {
    if (!movie.ids().isEmpty() || mainVideos.isEmpty()) {
      return movie;
    }
    Map<String, Set<String>> seen = null;
    Map<String, String> ids = new LinkedHashMap<>();
    for (String video : mainVideos) {
      ids.clear();
      format.videoIds(video, ids);
      for (Map.Entry<String, String> id : ids.entrySet()) {
        if (seen == null) {
          seen = new LinkedHashMap<>();
        }
        seen.computeIfAbsent(id.getKey(), k -> new LinkedHashSet<>()).add(id.getValue());
      }
    }
    if (seen == null) {
      return movie; // the usual folder without ids: its videos have none either
    }
    Map<String, String> agreed = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> provider : seen.entrySet()) {
      if (provider.getValue().size() == 1) {
        agreed.put(provider.getKey(), provider.getValue().iterator().next());
        continue;
      }
      for (String value : provider.getValue()) {
        losses.add(
            TranslationLoss.of(
                LossKind.ATTRIBUTE,
                provider.getKey(),
                value,
                "the main videos disagree on the " + provider.getKey() + " id"));
      }
    }
    return agreed.isEmpty() ? movie : movie.withIds(agreed);
  }
}
