/**
 * Demo libraries: deterministic, plausible Plex or Jellyfin movie trees for trying the tool, tests
 * and benchmarks. Entry point: {@link dev.jellyplex.demo.DemoLibrary}.
 */
@NullMarked
@ValueStyle
package dev.jellyplex.demo;

import org.jspecify.annotations.NullMarked;
