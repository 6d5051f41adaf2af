/**
 * Demo libraries: deterministic, plausible Plex or Jellyfin movie trees for trying the tool, tests
 * and benchmarks. Entry point: {@link dev.jellyplex.demo.DemoLibrary}.
 */
@NullMarked
@JellyStyle
package dev.jellyplex.demo;

import dev.jellyplex.model.JellyStyle;
import org.jspecify.annotations.NullMarked;
