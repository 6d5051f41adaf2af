package dev.jellyplex.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * The source entries with changes not applied yet, each with the time of its last change and its
 * last fingerprint. One small record per entry that changed (never a history of events), dropped
 * once the entry's batch has run: memory stays flat however many events arrive.
 */
final class Pending {
  private static final class State {
    long checkAt;
    long signature;
    boolean signed;
  }

  private final Map<String, State> entries = new HashMap<>();
  private final long settleNanos;
  private final long recheckNanos;

  /**
   * Entries due this close together are looked at together, so that changes made together (the two
   * names of a renamed folder) settle into one batch even when their events came a moment apart.
   */
  private final long slackNanos;

  Pending(long settleNanos) {
    this.settleNanos = settleNanos;
    this.recheckNanos = Math.max(20_000_000L, settleNanos / 4);
    this.slackNanos = recheckNanos / 2;
  }

  /** {@code name} changed at {@code now} (it is not quiet). */
  void changed(String name, long now) {
    State s = entries.computeIfAbsent(name, k -> new State());
    s.checkAt = now + settleNanos;
    s.signed = false;
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  int size() {
    return entries.size();
  }

  Set<String> names() {
    return new TreeSet<>(entries.keySet());
  }

  void clear() {
    entries.clear();
  }

  void remove(Set<String> names) {
    entries.keySet().removeAll(names);
  }

  /**
   * The entries that are quiet at {@code now}: no change for the settle time, and the same
   * fingerprint in two looks in a row (the first look of an entry only records its fingerprint and
   * looks again a little later). Does not remove them.
   */
  Set<String> ready(long now, ToLongFunction<String> fingerprint) {
    Set<String> ready = new TreeSet<>();
    List<Map.Entry<String, State>> due = new ArrayList<>();
    for (Map.Entry<String, State> e : entries.entrySet()) {
      if (now - e.getValue().checkAt >= -slackNanos) {
        due.add(e);
      }
    }
    for (Map.Entry<String, State> e : due) {
      String name = e.getKey();
      State s = e.getValue();
      long sig = fingerprint.applyAsLong(name);
      if (s.signed && sig == s.signature) {
        ready.add(name);
      } else {
        s.signature = sig;
        s.signed = true;
        s.checkAt = now + recheckNanos;
      }
    }
    return ready;
  }

  /** Nanoseconds from {@code now} to the next look that is due (0 if one is due now). */
  long untilNextCheck(long now, long otherwise) {
    long best = otherwise;
    for (State s : entries.values()) {
      best = Math.min(best, Math.max(0, s.checkAt - now));
    }
    return best;
  }
}
