package dev.jellyplex.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8RelaunchTest {

  private static byte[] cmdline(String... args) {
    List<Byte> bytes = new ArrayList<>();
    for (String a : args) {
      for (byte b : a.getBytes(StandardCharsets.UTF_8)) {
        bytes.add(b);
      }
      bytes.add((byte) 0);
    }
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes.get(i);
    }
    return out;
  }

  @Test
  void programArgumentsTravelAsBytesAndComeBackAsUtf8() {
    List<byte[]> raw =
        Utf8Relaunch.split(
            cmdline(
                "java", "-Xss2m", "-jar", "/opt/jellyplex.jar", "sync", "/m/Amélie (2001)", ""));
    List<String> command = Utf8Relaunch.command(raw, 3);
    assertEquals(List.of("java", "-Xss2m", "-jar", "/opt/jellyplex.jar"), command.subList(0, 4));
    assertEquals(5, command.size());
    String hex = command.get(4);
    assertTrue(hex.chars().allMatch(c -> c < 128), hex);
    assertArrayEquals(
        new String[] {"sync", "/m/Amélie (2001)", ""},
        Utf8Relaunch.decode(hex.substring(hex.indexOf('=') + 1)));
  }

  @Test
  void nonAsciiJvmOptionsCannotBePassedOn() {
    List<byte[]> raw = Utf8Relaunch.split(cmdline("java", "-jar", "/home/jösé/jellyplex.jar", "x"));
    assertEquals(List.of(), Utf8Relaunch.command(raw, 1));
  }

  @Test
  void noProgramArgumentsMeansNoHexArgument() {
    List<byte[]> raw = Utf8Relaunch.split(cmdline("java", "-jar", "j.jar"));
    assertEquals(List.of("java", "-jar", "j.jar"), Utf8Relaunch.command(raw, 0));
  }

  @Test
  void argumentsAreLeftAloneOutsideARelaunchedChild() {
    String[] args = {"--jellyplex-utf8-args=41"};
    // The guard variable is not set in the test JVM, so the hex form is an ordinary argument.
    assertArrayEquals(args, Utf8Relaunch.arguments(args));
  }

  @Test
  void charsetNamesAreComparedLoosely() {
    assertTrue(Utf8Relaunch.isUtf8("UTF-8"));
    assertTrue(Utf8Relaunch.isUtf8("utf8"));
    assertFalse(Utf8Relaunch.isUtf8("ANSI_X3.4-1968"));
  }
}
