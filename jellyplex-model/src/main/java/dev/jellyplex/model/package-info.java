/** Format-neutral, immutable values: movies, videos, translation losses, clashes and formats. */
@NullMarked
@JellyStyle
package dev.jellyplex.model;

import org.jspecify.annotations.NullMarked;
