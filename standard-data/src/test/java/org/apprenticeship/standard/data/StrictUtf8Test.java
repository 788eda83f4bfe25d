package org.apprenticeship.standard.data;

import static org.apprenticeship.standard.data.LearnerRecordsTest.minimal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apprenticeship.standard.data.internal.StrictUtf8;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.LearnerRecordInput;
import org.apprenticeship.standard.model.Validated;
import org.junit.jupiter.api.Test;

/**
 * One decoding for every input (issue 10, item 4): strict UTF-8, in every reader alike. Bytes that
 * are not UTF-8 and lone surrogates are a JSON_09 finding with line and column, never replaced; a
 * UTF-8 byte-order mark at the start of a document is skipped; UTF-16 and UTF-32 are refused with a
 * message that names them.
 */
class StrictUtf8Test {
  private static final byte[] RECORD = minimal("").getBytes(StandardCharsets.UTF_8);

  /** Every reader of the library, each given the same bytes, as its findings. */
  private static final Map<String, Function<byte[], List<Finding>>> READERS = Map.of(
      "LearnerRecords.validate(InputStream)", bytes -> LearnerRecords.validate(new ByteArrayInputStream(bytes)).findings(),
      "LearnerRecords.readInput", bytes -> LearnerRecords.readInput(new ByteArrayInputStream(bytes)).record().findings(),
      "LearnerRecords.readLines", bytes -> LearnerRecords.readLines(new ByteArrayInputStream(bytes)).findFirst().orElseThrow().record().findings(),
      "Standards.validate", bytes -> Standards.validate(new ByteArrayInputStream(bytes)).findings(),
      "IfateImport.read", bytes -> IfateImport.read(new ByteArrayInputStream(bytes)).get(0).findings());

  /** The record with its learner id replaced by these bytes. */
  private static byte[] withLearnerId(byte... id) {
    String text = new String(RECORD, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("L-1");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(RECORD, 0, at);
    out.write(id, 0, id.length);
    out.write(RECORD, at + 3, RECORD.length - at - 3);
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static void assertRefusedEverywhere(byte[] document, String message) {
    for (Map.Entry<String, Function<byte[], List<Finding>>> reader : READERS.entrySet()) {
      List<Finding> findings = reader.getValue().apply(document);
      assertEquals(List.of("JSON_09 $: " + message), findings.stream().map(f -> f.code() + " " + f.path() + ": " + f.message())
          .collect(Collectors.toList()), reader.getKey());
    }
  }

  @Test
  void aByteThatIsNotUtf8_isAFindingWithLineAndColumn_inEveryReader() {
    assertRefusedEverywhere(withLearnerId(bytes('L', 0xFF)),
        "the document is not UTF-8 at line 1, column 17: the byte FF cannot start a character");
  }

  @Test
  void anOverlongForm_isRefused_neverReadAsTheCharacterItSpells() {
    assertRefusedEverywhere(withLearnerId(bytes('L', 0xC0, 0xAF)),
        "the document is not UTF-8 at line 1, column 17: the byte C0 cannot start a character (it begins an overlong form)");
    assertRefusedEverywhere(withLearnerId(bytes('L', 0xE0, 0x80, 0xAF)),
        "the document is not UTF-8 at line 1, column 17: the bytes E0 80 are not a character: they are an overlong form");
  }

  @Test
  void aSurrogateEncodedInUtf8_orEscapedWithoutItsPair_isRefused() {
    assertRefusedEverywhere(withLearnerId(bytes('L', 0xED, 0xA0, 0x80)),
        "the document is not UTF-8 at line 1, column 17: the bytes ED A0 are not a character: they encode a surrogate");
    assertRefusedEverywhere(withLearnerId("L\\ud800".getBytes(StandardCharsets.UTF_8)),
        "the document is not UTF-8 at line 1, column 17: the escape \\uD800 is a lone surrogate (no low surrogate follows it)");
    assertRefusedEverywhere(withLearnerId("L\\udc00x".getBytes(StandardCharsets.UTF_8)),
        "the document is not UTF-8 at line 1, column 17: the escape \\uDC00 is a lone surrogate (no high surrogate comes before it)");
    assertRefusedEverywhere(withLearnerId("L\\ud800\\u0041".getBytes(StandardCharsets.UTF_8)),
        "the document is not UTF-8 at line 1, column 17: the escape \\uD800 is a lone surrogate (no low surrogate follows it)");
  }

  @Test
  void aLoneSurrogateInAString_isRefusedWhereItIs() {
    String json = "{\n  \"learnerId\": \"é\ud800\"\n}";
    assertEquals(List.of("JSON_09 $: the document is not UTF-8 at line 2, column 18: a lone surrogate U+D800"),
        LearnerRecords.validate(json).findings().stream().map(f -> f.code() + " " + f.path() + ": " + f.message()).collect(Collectors.toList()));
    assertEquals(FindingCode.JSON_09, IfateImport.read(json).get(0).findings().get(0).code());
  }

  @Test
  void aCharacterCutShortAtTheEnd_isRefused() {
    byte[] cut = bytes('{', '"', 0xE2, 0x82);
    List<Finding> findings = LearnerRecords.validate(new ByteArrayInputStream(cut)).findings();
    assertEquals("the document is not UTF-8 at line 1, column 3: the bytes E2 82 are cut short at the end of the document",
        findings.get(0).message());
  }

  @Test
  void theColumnCountsCharacters_andTheLineCountsLineEnds() {
    byte[] document = ("{\n\"learnerId\": \"é😀").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(document, 0, document.length);
    out.write(0xFF);
    Finding finding = LearnerRecords.validate(new ByteArrayInputStream(out.toByteArray())).findings().get(0);
    assertEquals("the document is not UTF-8 at line 2, column 17: the byte FF cannot start a character", finding.message());
  }

  @Test
  void aLineOfNdjsonThatIsNotUtf8_isFoundOnItsLineOfTheWholeInput() {
    byte[] bad = "{\"learnerId\": \"L-".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] first = (minimal("") + "\n\n").getBytes(StandardCharsets.UTF_8);
    out.write(first, 0, first.length);
    out.write(bad, 0, bad.length);
    out.write(0xFF);
    out.write('"');
    out.write('}');
    List<LearnerRecordInput> inputs = LearnerRecords.readLines(new ByteArrayInputStream(out.toByteArray())).collect(Collectors.toList());
    assertEquals(3, inputs.size());
    // Line 3, after the record and a blank line; column 18: the 17 characters of {"learnerId": "L- come first.
    assertEquals("the document is not UTF-8 at line 3, column 18: the byte FF cannot start a character",
        inputs.get(2).record().findings().get(0).message());
  }

  @Test
  void aUtf8ByteOrderMark_atTheStartOfADocument_isSkipped_inEveryReader() {
    byte[] marked = new byte[RECORD.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(RECORD, 0, marked, 3, RECORD.length);
    assertTrue(LearnerRecords.validate(new ByteArrayInputStream(marked)).isValid());
    assertTrue(LearnerRecords.readInput(new ByteArrayInputStream(marked)).record().isValid());
    assertTrue(LearnerRecords.validate("\uFEFF" + minimal("")).isValid());
    String lines = "\uFEFF" + minimal("") + "\n\uFEFF" + minimal("") + "\n";
    assertEquals(List.of(true, true), LearnerRecords.readLines(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)))
        .map(input -> input.record().isValid()).collect(Collectors.toList()));
    String standard = Standards.toJson(Standards.bundled().get("ST0007"));
    assertTrue(Standards.validate(new ByteArrayInputStream(("\uFEFF" + standard).getBytes(StandardCharsets.UTF_8))).isValid());
    assertEquals(FindingCode.JSON_01, LearnerRecords.validate("\uFEFF\uFEFF" + minimal("")).findings().get(0).code(),
        "one mark is skipped, a second one is a character where JSON allows none");
  }

  @Test
  void utf16AndUtf32_areRefused_withAMessageThatSaysSo() {
    String json = minimal("");
    Map<String, byte[]> encoded = Map.of(
        "UTF-16 (it starts with a byte-order mark)", json.getBytes(StandardCharsets.UTF_16),
        "UTF-16 (it has zero bytes)", json.getBytes(StandardCharsets.UTF_16LE),
        "UTF-16 (it has zero bytes) ", json.getBytes(StandardCharsets.UTF_16BE),
        "UTF-32 (it has zero bytes)", json.getBytes(Charset.forName("UTF-32BE")),
        "UTF-32 (it starts with a byte-order mark)", concat(bytes(0xFF, 0xFE, 0, 0), json.getBytes(Charset.forName("UTF-32LE"))));
    for (Map.Entry<String, byte[]> each : encoded.entrySet()) {
      assertRefusedEverywhere(each.getValue(), "the document is in " + each.getKey().strip() + "; the library reads UTF-8 only: save it as UTF-8");
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Test
  void textOutsideTheBasicPlane_andEscapedPairs_areReadExactly() {
    String id = "L-é😀\u00e9";
    assertEquals(id, LearnerRecords.validate(new ByteArrayInputStream(withLearnerId(id.getBytes(StandardCharsets.UTF_8))))
        .value().orElseThrow().learnerId());
    assertEquals("L-😀", LearnerRecords.validate(new ByteArrayInputStream(withLearnerId("L-\\ud83d\\ude00".getBytes(StandardCharsets.UTF_8))))
        .value().orElseThrow().learnerId());
  }

  @Provide
  Arbitrary<byte[]> bytesMostlyHigh() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0x20, 0x7E), Arbitraries.integers().between(0x80, 0xFF),
            Arbitraries.integers().between(0x80, 0xFF))
        .map(b -> b == '"' || b == '\\' ? 'x' : b)
        .list().ofMaxSize(40)
        .map(list -> {
          byte[] bytes = new byte[list.size() + 2];
          bytes[0] = 'a';
          bytes[1] = 'b';
          for (int i = 0; i < list.size(); i++) {
            bytes[i + 2] = (byte) (int) list.get(i);
          }
          return bytes;
        });
  }

  /** The JDK's strict UTF-8 decoder is the oracle: the check accepts exactly the bytes it decodes, and passes them unchanged. */
  @Property(tries = 10_000)
  void acceptsExactlyWhatTheJdksStrictDecoderAccepts(@ForAll("bytesMostlyHigh") byte[] bytes) throws IOException {
    boolean valid;
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      valid = true;
    } catch (CharacterCodingException e) {
      valid = false;
    }
    try (InputStream checked = StrictUtf8.checked(new ByteArrayInputStream(bytes))) {
      byte[] passed = checked.readAllBytes();
      assertTrue(valid, "accepted bytes the JDK refuses");
      assertArrayEquals(bytes, passed);
    } catch (StrictUtf8.NotUtf8Exception e) {
      assertTrue(!valid, () -> "refused bytes the JDK accepts: " + e.getMessage());
    }
  }

  /** Every string without a lone surrogate goes through as it is, in JSON, raw or escaped. */
  @Property(tries = 2_000)
  void anyTextIsReadBackExactly(@ForAll("ids") String id) {
    String json = minimal("").replace("\"L-1\"", "\"" + id + "\"");
    Validated<?> read = LearnerRecords.validate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals(id, LearnerRecords.validate(json).value().map(r -> r.learnerId()).orElseThrow(() -> new AssertionError(read.findings())));
    StringBuilder escaped = new StringBuilder();
    id.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
    assertEquals(id, LearnerRecords.validate(minimal("").replace("\"L-1\"", "\"" + escaped + "\"")).value().orElseThrow().learnerId());
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30)
        .filter(s -> s.codePoints().noneMatch(c -> c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate((char) c)))
        .filter(s -> !s.isBlank());
  }

  @Test
  void theCheckPassesBytesOnInBlocks_withoutHoldingTheDocument() throws IOException {
    List<Integer> reads = new ArrayList<>();
    byte[] large = new byte[1 << 20];
    java.util.Arrays.fill(large, (byte) 'a');
    try (InputStream checked = StrictUtf8.checked(new ByteArrayInputStream(large))) {
      byte[] buffer = new byte[8192];
      int n;
      while ((n = checked.read(buffer, 0, buffer.length)) > 0) {
        reads.add(n);
      }
    }
    assertTrue(reads.size() > 100, "read in " + reads.size() + " blocks");
  }
}
