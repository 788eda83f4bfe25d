package org.apprenticeship.standard.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apprenticeship.standard.model.internal.Shape;
import org.junit.jupiter.api.Test;

/**
 * The types of this module that the one-pass reader reads (the import's record, the bundled
 * manifest) declare their constraints where they are checked; the reader no longer verifies that
 * on every first read, so this test does.
 */
class DataShapesTest {

  @Test
  void everyTypeTheReaderReads_declaresItsConstraintsWhereTheyAreChecked() {
    List<Class<?>> seen = Shape.reachableFrom(ApiRecord.class, BundledManifest.class);
    List<String> problems = new ArrayList<>();
    seen.forEach(type -> problems.addAll(Shape.of(type).problems()));
    assertTrue(seen.size() >= 8, "saw only " + seen);
    assertEquals(List.of(), problems);
  }
}
