/**
 * Demo libraries: deterministic, plausible Plex or Jellyfin movie trees for trying the tool, tests
 * and benchmarks. Entry point: {@link dev.jellyplex.engine.demo.DemoLibrary}.
 */
@NullMarked
@JellyStyle
package dev.jellyplex.engine.demo;

import dev.jellyplex.model.JellyStyle;
import org.jspecify.annotations.NullMarked;
