package org.apprenticeship.standard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.apprenticeship.standard.data.internal.NameBasedUuid;
import org.junit.jupiter.api.Test;

class NameBasedUuidTest {
  private static final UUID DNS_NAMESPACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

  @Test
  void v5_givesTheKnownUuidOfAName() {
    // The example of Python's uuid module documentation: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org').
    assertEquals(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"), NameBasedUuid.v5(DNS_NAMESPACE, "python.org"));
  }

  @Test
  void v5_isVersion5OfTheRfcVariant_andDependsOnTheNamespace() {
    UUID uuid = NameBasedUuid.v5(NameBasedUuid.URL_NAMESPACE, "urn:org.apprenticeship.standard:case");
    assertEquals(5, uuid.version());
    assertEquals(2, uuid.variant());
    assertEquals(UUID.fromString("3e6ef553-c3a3-5089-85c2-ec5c1083c48e"), uuid);
    assertEquals(false, uuid.equals(NameBasedUuid.v5(DNS_NAMESPACE, "urn:org.apprenticeship.standard:case")));
  }

  @Test
  void v5_readsTheNameAsUtf8() {
    // uuid.uuid5(uuid.NAMESPACE_DNS, 'café') in Python, which encodes the name in UTF-8.
    assertEquals(UUID.fromString("5e2e2331-a683-5e18-b56d-666e31574b41"), NameBasedUuid.v5(DNS_NAMESPACE, "café"));
  }
}
