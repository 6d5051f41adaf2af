/**
 * Name codecs: reading Plex and Jellyfin names into the model, writing them back, translating a
 * whole movie folder from one format to another, and detecting a library's format.
 */
@NullMarked
@JellyStyle
package dev.jellyplex.formats;

import dev.jellyplex.model.JellyStyle;
import org.jspecify.annotations.NullMarked;
