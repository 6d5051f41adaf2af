package dev.jellyplex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A file table keeps a sorted map's order and lookups (what the listings used to be). */
class FileTableTest {
  private static Entry file(long size) {
    return Entry.of(Entry.Kind.FILE, size, FileTime.fromMillis(1_600_000_000_000L), size);
  }

  @Test
  void ordersAndFindsLikeATreeMap() {
    for (int n : new int[] {0, 1, 2, 5, 16, 17, 40, 300}) {
      Random random = new Random(n);
      String[] parts = {"A", "a", "A b", "A/b", "A/b/c", "Ä", "Z", "z.mkv", "_", " ", "1", "é"};
      TreeMap<String, Entry> expected = new TreeMap<>();
      List<String> names = new ArrayList<>();
      while (expected.size() < n) {
        String name = parts[random.nextInt(parts.length)] + random.nextInt(n * 3 + 1);
        if (expected.put(name, file(expected.size())) == null) {
          names.add(name);
        }
      }
      Collections.shuffle(names, random);
      FileTable.Builder b = new FileTable.Builder();
      for (String name : names) {
        b.add(name, java.util.Objects.requireNonNull(expected.get(name)));
      }
      FileTable t = b.build();
      assertEquals(new ArrayList<>(expected.keySet()), t.names());
      assertEquals(expected.size(), t.size());
      assertEquals(expected.isEmpty(), t.isEmpty());
      int i = 0;
      for (var e : expected.entrySet()) {
        assertEquals(e.getKey(), t.name(i));
        assertEquals(e.getValue(), t.entry(i));
        assertEquals(e.getValue(), t.get(e.getKey()));
        assertTrue(t.contains(e.getKey()));
        i++;
      }
      assertNull(t.get("missing"));
      assertFalse(t.contains("missing"));
      FileTable.Builder again = new FileTable.Builder();
      expected.forEach(again::add);
      assertEquals(t, again.build());
      assertEquals(t.hashCode(), again.build().hashCode());
    }
  }

  @Test
  void rejectsDuplicates() {
    FileTable.Builder b = new FileTable.Builder();
    b.add("a", file(1));
    b.add("a", file(2));
    assertThrows(IllegalStateException.class, b::build);
  }

  @Test
  void theNamesCannotBeChanged() {
    FileTable.Builder b = new FileTable.Builder();
    b.add("a", file(1));
    assertThrows(UnsupportedOperationException.class, () -> b.build().names().set(0, "b"));
  }

  @Test
  void tablesDifferWhenANameOrAnEntryDiffers() {
    FileTable.Builder a = new FileTable.Builder();
    a.add("a", file(1));
    a.add("b", file(2));
    FileTable t = a.build();
    FileTable.Builder otherEntry = new FileTable.Builder();
    otherEntry.add("a", file(1));
    otherEntry.add("b", file(3));
    FileTable.Builder otherName = new FileTable.Builder();
    otherName.add("a", file(1));
    otherName.add("c", file(2));

    assertNotEquals(t, otherEntry.build());
    assertNotEquals(t, otherName.build());
    assertNotEquals(t, (Object) "a");
    assertEquals("{a=" + file(1) + ", b=" + file(2) + "}", t.toString());
    assertEquals("{}", new FileTable.Builder().build().toString());
  }
}
