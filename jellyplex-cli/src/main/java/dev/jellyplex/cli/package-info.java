/**
 * The {@code jellyplex} command line: a thin picocli adapter over the engine. Entry point: {@link
 * dev.jellyplex.cli.Main}.
 */
@NullMarked
package dev.jellyplex.cli;

import org.jspecify.annotations.NullMarked;
