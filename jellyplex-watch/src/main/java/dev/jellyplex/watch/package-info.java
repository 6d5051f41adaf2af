/**
 * Keeps a mirror current as its source changes ({@link dev.jellyplex.watch.Watcher}), and turns
 * sync and import reports into the changed movie folders a media server is told about ({@link
 * dev.jellyplex.watch.ChangedFolders}).
 */
@NullMarked
package dev.jellyplex.watch;

import org.jspecify.annotations.NullMarked;
