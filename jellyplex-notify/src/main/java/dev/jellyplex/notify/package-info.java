/**
 * Tells media servers (Jellyfin, Plex) which movie folders changed so that they rescan only those.
 * Entry point: {@link dev.jellyplex.notify.Notifier}.
 */
@NullMarked
package dev.jellyplex.notify;

import org.jspecify.annotations.NullMarked;
