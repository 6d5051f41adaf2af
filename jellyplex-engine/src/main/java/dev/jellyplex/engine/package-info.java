/**
 * The sync engine: discover a source library, plan its mirror, realize the plan on disk; compare
 * and import. Entry point: {@link dev.jellyplex.engine.JellyPlex}.
 */
@NullMarked
@ValueStyle
package dev.jellyplex.engine;

import org.jspecify.annotations.NullMarked;
