/** Examples of embedding jellyplex in a Java program; not part of the shipped jar. */
@NullMarked
package dev.jellyplex.examples;

import org.jspecify.annotations.NullMarked;
