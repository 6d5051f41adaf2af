package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The engine names options by their API names; the CLI shows its flags. */
class FlagsTest {
  @Test
  void apiNamesBecomeFlags() {
    assertEquals(
        "rerun --delete; --max-delete 12 or --max-delete all; --max-delete 10%",
        Flags.of(
            "rerun withDelete(true); withMaxDelete(12) or withMaxDeleteAll(true);"
                + " withMaxDeletePercent(10)"));
    assertEquals(
        "name it --source-format plex or --target-format; use --copy or --create",
        Flags.of(
            "name it withSourceFormat(PLEX) or withTargetFormat(...); use"
                + " withMaterializer(COPY) or withCreate(true)"));
    assertEquals(
        "kept by --keep; see --exclude and --no-default-keep",
        Flags.of("kept by withKeep(...); see withExclude(...) and withDefaultKeep(false)"));
    assertEquals("nothing to map: --copy stays", Flags.of("nothing to map: --copy stays"));
  }
}
