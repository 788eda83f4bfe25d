package org.apprenticeship.standard.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The quick look of {@link StrictUtf8#checked(String)} for surrogates never lets through a text that
 * the full check refuses, so that a string document is refused alike with or without it.
 */
class StrictUtf8QuickLookTest {

  @Property(tries = 400)
  void theQuickLookNeverMissesWhatTheFullCheckRefuses(@ForAll("texts") String text) {
    String refused = refusal(text);
    if (refused != null) {
      assertTrue(StrictUtf8.mayHaveSurrogates(text, 0), text);
    }
    String viaChecked;
    try {
      StrictUtf8.checked(text);
      viaChecked = null;
    } catch (StrictUtf8.NotUtf8Exception e) {
      viaChecked = e.getMessage();
    }
    assertEquals(refused, viaChecked);
  }

  /** Texts of escapes, surrogates and backslashes, long enough to cross the chunks (512 characters) the quick look reads. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.of("a", "\"", "\n", "\\", "\\\\", "\\u", "\\uD800", "\\ud83d", "\\uDC00", "\\udfff", "\\uDB7F",
        "\\u00e9", "\\uD7FF", "\\uE000", "\uD800", "\uDC00", "\uD83D\uDE00", "\u00e9", "\\\\uD800", "\\\"");
    Arbitrary<String> filler = Arbitraries.strings().withChars('x', 'y').ofMinLength(0).ofMaxLength(1100);
    return Arbitraries.oneOf(piece, filler).list().ofMaxSize(12).map(parts -> String.join("", parts));
  }

  @Example
  void anEscapeSplitAcrossTwoChunksIsSeen() {
    for (int boundary = 512; boundary <= 2048; boundary += 512) {
      for (int at = boundary - 6; at <= boundary + 2; at++) {
        String text = "x".repeat(at) + "\\uD800 and nothing after";
        assertTrue(StrictUtf8.mayHaveSurrogates(text, 0), "at " + at);
        assertThrows(StrictUtf8.NotUtf8Exception.class, () -> StrictUtf8.checked(text));
        String escapedBackslash = "x".repeat(at) + "\\\\uD800";
        assertEquals(escapedBackslash, checkedOrNull(escapedBackslash), "at " + at);
      }
    }
  }

  @Example
  void aRawSurrogateAfterABackslashIsSeen() {
    String text = "{\"a\": \"\\\uD800\"}";
    assertTrue(StrictUtf8.mayHaveSurrogates(text, 0));
    assertThrows(StrictUtf8.NotUtf8Exception.class, () -> StrictUtf8.checked(text));
  }

  private static String checkedOrNull(String text) {
    try {
      return StrictUtf8.checked(text);
    } catch (StrictUtf8.NotUtf8Exception e) {
      return null;
    }
  }

  private static String refusal(String text) {
    try {
      StrictUtf8.checkSurrogates(text, 0);
      return null;
    } catch (StrictUtf8.NotUtf8Exception e) {
      return e.getMessage();
    }
  }
}
