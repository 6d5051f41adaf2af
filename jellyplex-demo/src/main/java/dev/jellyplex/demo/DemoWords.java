package dev.jellyplex.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Built-in word lists and the title patterns made from them; made up, in several languages. */
final class DemoWords {
  private DemoWords() {}

  /** Hand-picked awkward titles: separators, digits, apostrophes, letters beyond ASCII. */
  static final List<String> SPECIAL =
      List.of(
          "Mission - Impossible",
          "1917",
          "2046",
          "Ocean's Eleven",
          "Amélie",
          "Léon",
          "WALL·E",
          "Se7en",
          "Crouching Tiger, Hidden Dragon",
          "Dr. Strangelove",
          "Das Boot",
          "Die Brücke",
          "Æon Flux",
          "M",
          "Сталкер",
          "七人の侍",
          "千と千尋の神隠し");

  static final List<String> ADJECTIVES =
      List.of(
          "Silent",
          "Last",
          "Dark",
          "Broken",
          "Golden",
          "Hidden",
          "Lost",
          "Crimson",
          "Endless",
          "Frozen",
          "Burning",
          "Distant",
          "Wild",
          "Quiet",
          "Secret",
          "Iron",
          "Electric",
          "Hollow",
          "Savage",
          "Midnight",
          "Final",
          "Little",
          "Northern",
          "Paper",
          "Glass",
          "Velvet",
          "Bitter",
          "Brave",
          "Empty",
          "Restless",
          "Scarlet",
          "Silver",
          "Sleeping",
          "Stolen",
          "Sunken");

  static final List<String> NOUNS =
      List.of(
          "River",
          "Night",
          "City",
          "Garden",
          "Mountain",
          "Storm",
          "Road",
          "Harbor",
          "Kingdom",
          "Machine",
          "Shadow",
          "Summer",
          "Winter",
          "Station",
          "Empire",
          "Horizon",
          "Island",
          "Letter",
          "Promise",
          "Sky",
          "Frontier",
          "Signal",
          "Mirror",
          "Forest",
          "Stranger",
          "Orchard",
          "Lighthouse",
          "Circus",
          "Detective",
          "Voyage",
          "Canyon",
          "Engine",
          "Witness",
          "Dragon",
          "Planet",
          "Valley",
          "Castle",
          "Dancer",
          "Hunter",
          "Tide");

  static final List<String> NAMES =
      List.of("Jack", "Anna", "Maria", "Oscar", "Hugo", "Nina", "Leo", "Clara", "Felix", "Ruby");

  static final List<String> SEQUELS = List.of("2", "3", "II", "III", "Part 2");

  static final List<String> SUBTITLES =
      List.of("The Return", "Reckoning", "Origins", "Revolution", "Legacy", "Homecoming");

  static final List<String> DE_ADJECTIVES =
      List.of(
          "dunkle", "große", "stille", "weiße", "süße", "schöne", "müde", "letzte", "grüne",
          "böse");
  static final List<String> DE_FEMININE =
      List.of(
          "Straße", "Brücke", "Nacht", "Stadt", "Küste", "Grenze", "Mühle", "Wüste", "Flöte",
          "Tür");
  static final List<String> DE_NEUTER =
      List.of("Boot", "Mädchen", "Schloss", "Tor", "Glück", "Wunder", "Fräulein", "Märchen");
  static final List<String> DE_CITIES =
      List.of("Köln", "München", "Zürich", "Düsseldorf", "Lübeck", "Berlin", "Görlitz");

  static final List<String> FR_MASCULINE =
      List.of("Château", "Rêve", "Café", "Voyage", "Fantôme", "Théâtre", "Secret");
  static final List<String> FR_MASCULINE_ADJ =
      List.of("oublié", "éternel", "perdu", "étrange", "doré", "brûlé");
  static final List<String> FR_FEMININE =
      List.of("Forêt", "Fenêtre", "Mémoire", "Rivière", "Vérité", "Fête");
  static final List<String> FR_FEMININE_ADJ =
      List.of("oubliée", "éternelle", "perdue", "étrange", "dorée", "brûlée");
  static final List<String> FR_VOWEL = List.of("Été", "Écume", "Étranger", "Île", "Âge d'or");

  static final List<String> ES_MASCULINE =
      List.of("Año", "Niño", "Sueño", "Señor", "Camión", "Corazón");
  static final List<String> ES_MASCULINE_ADJ = List.of("perdido", "dorado", "eterno", "olvidado");
  static final List<String> ES_FEMININE =
      List.of("Montaña", "Canción", "Niña", "Señora", "Estación");
  static final List<String> ES_FEMININE_ADJ = List.of("perdida", "dorada", "eterna", "olvidada");

  static final List<String> RU_ADJECTIVES =
      List.of("Тёмный", "Тихий", "Белый", "Последний", "Долгий", "Холодный");
  static final List<String> RU_NOUNS =
      List.of("Город", "Путь", "Дом", "Лес", "Берег", "Сад", "Поезд");
  static final List<String> RU_SINGLE = List.of("Зима", "Река", "Ночь", "Война", "Зеркало");

  static final List<String> JA_NOUNS =
      List.of(
          "海", "風", "夏", "街", "森", "月", "夢", "桜", "侍", "猫", "空", "光", "雨", "川", "星", "さくら", "ひかり");

  /** A made-up title; about one in five is not English, one in seventy is {@link #SPECIAL}. */
  static String title(SplittableRandom r) {
    double u = r.nextDouble();
    if (u < 0.015) {
      return pick(r, SPECIAL);
    } else if (u < 0.10) {
      return german(r);
    } else if (u < 0.15) {
      return french(r);
    } else if (u < 0.18) {
      return spanish(r);
    } else if (u < 0.20) {
      return russian(r);
    } else if (u < 0.22) {
      return japanese(r);
    }
    return english(r);
  }

  private static String english(SplittableRandom r) {
    double u = r.nextDouble();
    String adj = pick(r, ADJECTIVES);
    String noun = pick(r, NOUNS);
    String other = pick(r, NOUNS);
    if (u < 0.30) {
      return "The " + adj + " " + noun;
    } else if (u < 0.45) {
      return adj + " " + noun;
    } else if (u < 0.55) {
      return noun + " of the " + other;
    } else if (u < 0.65) {
      return "The " + noun;
    } else if (u < 0.72) {
      return pick(r, NAMES) + "'s " + noun;
    } else if (u < 0.80) {
      return adj + " " + noun + " " + pick(r, SEQUELS);
    } else if (u < 0.87) {
      // A colon, as file names cannot hold one, written the way libraries usually do.
      return "The " + adj + " " + noun + " - " + pick(r, SUBTITLES);
    } else if (u < 0.92) {
      return noun + " & " + other;
    } else if (u < 0.97) {
      return r.nextInt(2, 100) + " " + noun + "s";
    }
    return noun;
  }

  private static String german(SplittableRandom r) {
    double u = r.nextDouble();
    if (u < 0.5) {
      return "Die " + pick(r, DE_ADJECTIVES) + " " + pick(r, DE_FEMININE);
    } else if (u < 0.8) {
      return "Das " + pick(r, DE_NEUTER) + " von " + pick(r, DE_CITIES);
    }
    return "Über die " + pick(r, DE_FEMININE);
  }

  private static String french(SplittableRandom r) {
    double u = r.nextDouble();
    if (u < 0.4) {
      return "Le " + pick(r, FR_MASCULINE) + " " + pick(r, FR_MASCULINE_ADJ);
    } else if (u < 0.8) {
      return "La " + pick(r, FR_FEMININE) + " " + pick(r, FR_FEMININE_ADJ);
    }
    return "L'" + pick(r, FR_VOWEL);
  }

  private static String spanish(SplittableRandom r) {
    if (r.nextBoolean()) {
      return "El " + pick(r, ES_MASCULINE) + " " + pick(r, ES_MASCULINE_ADJ);
    }
    return "La " + pick(r, ES_FEMININE) + " " + pick(r, ES_FEMININE_ADJ);
  }

  private static String russian(SplittableRandom r) {
    if (r.nextDouble() < 0.7) {
      return pick(r, RU_ADJECTIVES) + " " + pick(r, RU_NOUNS);
    }
    return pick(r, RU_SINGLE);
  }

  private static String japanese(SplittableRandom r) {
    String first = pick(r, JA_NOUNS);
    String second = pick(r, JA_NOUNS);
    if (first.equals(second)) {
      return first;
    }
    return first + (r.nextDouble() < 0.8 ? "の" : "と") + second;
  }

  static String pick(SplittableRandom r, List<String> words) {
    return words.get(r.nextInt(words.size()));
  }
}
