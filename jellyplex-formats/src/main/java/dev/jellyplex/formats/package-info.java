/**
 * Name codecs: reading Plex and Jellyfin names into the model, writing them back, translating a
 * whole movie folder from one format to another, and detecting a library's format.
 */
@NullMarked
@ValueStyle
package dev.jellyplex.formats;

import org.jspecify.annotations.NullMarked;
