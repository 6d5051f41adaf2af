package dev.jellyplex.watch;

import dev.jellyplex.engine.SyncOptions;
import dev.jellyplex.notify.NotifyOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How to watch: the sync options every batch uses, the settle time, the polling interval, the full
 * reconcile interval, the status file and the media servers to tell. Immutable; start from {@link
 * #defaults()} or {@link #builder()}.
 *
 * <pre>{@code
 * WatchOptions o = WatchOptions.builder()
 *     .sync(SyncOptions.defaults().withDelete(true))
 *     .settle(Duration.ofSeconds(30))
 *     .statusFile(Path.of("/config/status.json"))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WatchOptions {
  private final SyncOptions sync;
  private final Duration settle;
  private final Duration poll;
  private final Duration fullEvery;
  private final boolean forcePolling;
  private final @Nullable Path statusFile;
  private final NotifyOptions notify;

  private WatchOptions(Builder b) {
    this.sync = b.sync;
    this.settle = b.settle;
    this.poll = b.poll;
    this.fullEvery = b.fullEvery;
    this.forcePolling = b.forcePolling;
    this.statusFile = b.statusFile;
    this.notify = b.notify;
  }

  /** Default sync options, settle 30 s, poll 5 min, full reconcile every 24 h, no servers. */
  public static WatchOptions defaults() {
    return builder().build();
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sync = sync;
    b.settle = settle;
    b.poll = poll;
    b.fullEvery = fullEvery;
    b.forcePolling = forcePolling;
    b.statusFile = statusFile;
    b.notify = notify;
    return b;
  }

  /** The options of every sync (the initial one, each batch, each full reconcile). */
  public SyncOptions sync() {
    return sync;
  }

  /** How long a movie folder must be quiet before its changes are applied. */
  public Duration settle() {
    return settle;
  }

  /** How often the source is listed when it is polled instead of watched. */
  public Duration poll() {
    return poll;
  }

  /** How often the whole library is reconciled, whatever the events said. */
  public Duration fullEvery() {
    return fullEvery;
  }

  /** Poll even where the operating system would report changes. */
  public boolean forcePolling() {
    return forcePolling;
  }

  /** The file rewritten (atomically) after every batch, if any. */
  public Optional<Path> statusFile() {
    return Optional.ofNullable(statusFile);
  }

  /** The media servers told about every batch. */
  public NotifyOptions servers() {
    return notify;
  }

  @Override
  public String toString() {
    return "WatchOptions{sync="
        + sync
        + ", settle="
        + settle
        + ", poll="
        + poll
        + ", fullEvery="
        + fullEvery
        + ", forcePolling="
        + forcePolling
        + ", statusFile="
        + statusFile
        + ", servers="
        + notify
        + "}";
  }

  /** Builds {@link WatchOptions}. */
  public static final class Builder {
    private SyncOptions sync = SyncOptions.defaults();
    private Duration settle = Duration.ofSeconds(30);
    private Duration poll = Duration.ofMinutes(5);
    private Duration fullEvery = Duration.ofHours(24);
    private boolean forcePolling;
    private @Nullable Path statusFile;
    private NotifyOptions notify = NotifyOptions.none();

    private Builder() {}

    /** Sets the sync options. */
    public Builder sync(SyncOptions sync) {
      this.sync = Objects.requireNonNull(sync, "sync");
      return this;
    }

    /** Sets the settle time (default 30 s; 0 applies changes as soon as they are seen). */
    public Builder settle(Duration settle) {
      this.settle = notNegative(settle, "settle");
      return this;
    }

    /** Sets the polling interval (default 5 min). */
    public Builder poll(Duration poll) {
      this.poll = positive(poll, "poll");
      return this;
    }

    /** Sets the full reconcile interval (default 24 h). */
    public Builder fullEvery(Duration fullEvery) {
      this.fullEvery = positive(fullEvery, "fullEvery");
      return this;
    }

    /** Poll even where the operating system would report changes. */
    public Builder forcePolling(boolean forcePolling) {
      this.forcePolling = forcePolling;
      return this;
    }

    /** Sets the status file. */
    public Builder statusFile(Path statusFile) {
      this.statusFile = Objects.requireNonNull(statusFile, "statusFile");
      return this;
    }

    /** Sets the media servers to tell. */
    public Builder servers(NotifyOptions notify) {
      this.notify = Objects.requireNonNull(notify, "notify");
      return this;
    }

    /** Builds the options. */
    public WatchOptions build() {
      return new WatchOptions(this);
    }

    private static Duration notNegative(Duration d, String what) {
      if (d.isNegative()) {
        throw new IllegalArgumentException(what + " must not be negative, got " + d);
      }
      return d;
    }

    private static Duration positive(Duration d, String what) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive, got " + d);
      }
      return d;
    }
  }
}
