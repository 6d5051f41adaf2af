package dev.jellyplex.engine;

import dev.jellyplex.formats.Detection;
import dev.jellyplex.formats.Formats;
import dev.jellyplex.formats.LibraryTranslator;
import dev.jellyplex.model.FormatId;
import java.util.Iterator;

/** The engine's view of the name codecs; the real one is {@link #FORMATS}, tests may fake it. */
interface Naming {
  /** The codecs of jellyplex-formats. */
  Naming FORMATS =
      new Naming() {
        @Override
        public Detection detect(Iterator<String> videoFileNames) {
          return Formats.detect(videoFileNames);
        }

        @Override
        public FormatId opposite(FormatId source) {
          return Formats.opposite(source);
        }

        @Override
        public LibraryTranslator translator(FormatId source, FormatId target) {
          return Formats.translator(source, target);
        }

        @Override
        public boolean isVideoFileName(String fileName) {
          return Formats.isVideoFileName(fileName);
        }
      };

  Detection detect(Iterator<String> videoFileNames);

  FormatId opposite(FormatId source);

  LibraryTranslator translator(FormatId source, FormatId target);

  boolean isVideoFileName(String fileName);
}
