package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed completion script and man page must match what the command definitions generate. To
 * update them after changing an option: {@code ./mvnw -pl jellyplex-cli -am test
 * -Djellyplex.updateDocs=true -Dtest=GeneratedDocsTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class GeneratedDocsTest {
  private static final Path DOCS = Path.of(System.getProperty("jellyplex.docs", "../docs"));

  private static void check(Path file, String generated) throws IOException {
    if (Boolean.getBoolean("jellyplex.updateDocs")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(file), file + " is missing; regenerate it (see this test's Javadoc)");
    assertEquals(
        generated,
        Files.readString(file, StandardCharsets.UTF_8),
        file
            + " is out of date with the command definitions; regenerate it (see this test's Javadoc)");
  }

  @Test
  void completionScriptIsUpToDate() throws IOException {
    check(DOCS.resolve("completion/jellyplex.bash"), DocsGenerator.completion());
  }

  @Test
  void manPageIsUpToDate() throws IOException {
    check(DOCS.resolve("man/jellyplex.1"), DocsGenerator.manPage());
  }

  @Test
  void manPageDocumentsEveryOptionOfEveryCommand() {
    String man = DocsGenerator.manPage();
    DocsGenerator.commands()
        .getSubcommands()
        .values()
        .forEach(
            sub -> {
              assertTrue(man.contains(".SS " + sub.getCommandName() + "\n"));
              sub.getCommandSpec()
                  .options()
                  .forEach(
                      o ->
                          assertTrue(
                              man.contains("\\fB" + o.longestName().replace("-", "\\-") + "\\fR"),
                              o.longestName()));
            });
  }

  @Test
  void cliGuideMentionsEveryCommandAndOption() throws IOException {
    String guide = Files.readString(DOCS.resolve("cli.md"), StandardCharsets.UTF_8);
    DocsGenerator.commands()
        .getSubcommands()
        .values()
        .forEach(
            sub -> {
              assertTrue(guide.contains("## `" + sub.getCommandName() + " "), sub.getCommandName());
              sub.getCommandSpec()
                  .options()
                  .forEach(
                      o ->
                          assertTrue(
                              guide.contains("`" + o.longestName()),
                              o.longestName() + " of " + sub.getCommandName()));
            });
  }

  @Test
  void roffEscapes() {
    assertEquals("\\-\\-copy", DocsGenerator.roff("--copy"));
    assertEquals("\\&.hidden", DocsGenerator.roff(".hidden"));
    assertEquals("a\\eb", DocsGenerator.roff("a\\b"));
  }
}
