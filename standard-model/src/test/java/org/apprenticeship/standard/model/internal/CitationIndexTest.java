package org.apprenticeship.standard.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The citation tree finds exactly the citation that a scan of every citation finds, without the scan. */
class CitationIndexTest {

  /** The definition: of the paths that cover the query, the greatest, the first among equals. */
  private static int scan(List<CitationPath> paths, CitationPath query) {
    int best = -1;
    for (int i = 0; i < paths.size(); i++) {
      CitationPath candidate = paths.get(i);
      if (candidate != null && candidate.covers(query) && (best < 0 || candidate.compareTo(paths.get(best)) > 0)) {
        best = i;
      }
    }
    return best;
  }

  @Provide
  Arbitrary<String> path() {
    Arbitrary<String> segment = Arbitraries.of(".a", ".b", "[x]", "[y]", "[*]");
    return segment.list().ofMaxSize(4).map(segments -> "$" + String.join("", segments));
  }

  @Property(tries = 2_000)
  void findsWhatTheScanFinds(@ForAll("paths") List<String> citations, @ForAll("path") String query) {
    List<CitationPath> paths = citations.stream().map(p -> p.equals("$.b.b") ? null : CitationPath.parse(p)).collect(Collectors.toList());
    CitationPath concrete = CitationPath.parse(query);
    assertEquals(scan(paths, concrete), new CitationIndex(paths).find(concrete), () -> citations + " for " + query);
  }

  @Provide
  Arbitrary<List<String>> paths() {
    return path().list().ofMaxSize(12);
  }

  @Test
  void theMostSpecificCitationApplies_theFirstOfEquals() {
    List<CitationPath> paths = List.of("$.ksbs", "$.ksbs[*].theme", "$.ksbs[K9].theme", "$.ksbs[*].theme", "$").stream()
        .map(CitationPath::parse).collect(Collectors.toList());
    CitationIndex index = new CitationIndex(paths);
    assertEquals(2, index.find(CitationPath.parse("$.ksbs[K9].theme")));
    assertEquals(1, index.find(CitationPath.parse("$.ksbs[K8].theme")));
    assertEquals(0, index.find(CitationPath.parse("$.ksbs[K8].statement")));
    assertEquals(4, index.find(CitationPath.parse("$.title")));
    assertEquals(-1, new CitationIndex(List.of()).find(CitationPath.parse("$.title")));
  }
}
