package org.apprenticeship.standard.data.internal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.model.InvalidDataException;
import org.apprenticeship.standard.model.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The manifest of the data bundled with the library ({@code bundled-manifest.json}): the version
 * of the data, and each file with what it holds and its SHA-256 checksum.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(as = ImmutableBundledManifest.class)
public abstract class BundledManifest {
  private static final DocumentReader<BundledManifest> READER = new DocumentReader<>(BundledManifest.class, manifest -> List.of(), null);

  BundledManifest() {}

  /** The version of the bundled data, such as {@code 2026.11}. */
  public abstract String dataVersion();

  /** The bundled standards. */
  public abstract List<@Valid Entry> files();

  /** The bundled funding rules. */
  public abstract Optional<@Valid Entry> fundingRules();

  /**
   * Reads the manifest.
   *
   * @param what what is read, for the message
   * @throws InvalidDataException if the manifest lacks a field or has one of the wrong type
   */
  public static BundledManifest read(byte[] bytes, String what) {
    return READER.readTrusted(new ByteArrayInputStream(bytes), what);
  }

  /** One bundled file. */
  @Value.Immutable
  @ValueStyle
  @JsonDeserialize(as = ImmutableEntry.class)
  public abstract static class Entry {
    Entry() {}

    /** The file's name, in the folder of the bundled data. */
    public abstract String file();

    /** The reference of the standard it holds; empty for a file that is not a standard. */
    public abstract Optional<String> reference();

    /** The version of what it holds. */
    public abstract String version();

    /** Its SHA-256 checksum, in lower-case hexadecimal. */
    public abstract String sha256();
  }
}
