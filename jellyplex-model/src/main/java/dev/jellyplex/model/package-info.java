/**
 * Format-neutral, immutable values: movies, translation losses, clashes, ignored entries, formats.
 */
@NullMarked
@ValueStyle
package dev.jellyplex.model;

import org.jspecify.annotations.NullMarked;
