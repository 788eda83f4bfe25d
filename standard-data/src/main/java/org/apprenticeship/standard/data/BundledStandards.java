package org.apprenticeship.standard.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apprenticeship.standard.data.internal.BundledManifest;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.StandardException;

/**
 * Loads the standards bundled with the library: a manifest names each file with its reference,
 * version and SHA-256 checksum, and every file is checked against it. The files are fully
 * validated by the build's tests ({@code StandardsTest}), so a file whose checksum matches is read
 * without checking its constraints again. Any problem fails the load, naming the resource; nothing
 * is skipped with a warning.
 */
final class BundledStandards {
  /** The folder of the bundled resources, inside the library's jar. */
  static final String FOLDER = "/org/apprenticeship/standard/data/";
  static final String MANIFEST = FOLDER + "bundled-manifest.json";

  private BundledStandards() {}

  static StandardRegistry load() {
    BundledManifest manifest = manifest();
    List<Standard> standards = new ArrayList<>();
    for (BundledManifest.Entry entry : manifest.files()) {
      String path = FOLDER + entry.file();
      byte[] bytes = verified(entry, path);
      Standard standard = Standards.readBundled(new ByteArrayInputStream(bytes), "the bundled standard " + path);
      String reference = entry.reference().orElse("");
      if (!standard.reference().equals(reference) || !standard.version().equals(entry.version())) {
        throw new StandardException("the bundled file " + path + " holds " + standard.reference() + " " + standard.version()
            + " but the manifest says " + reference + " " + entry.version());
      }
      standards.add(standard);
    }
    if (standards.isEmpty()) {
      throw new StandardException("the bundled manifest " + MANIFEST + " names no file");
    }
    return StandardRegistry.of(standards, manifest.dataVersion());
  }

  /** The manifest of the bundled data. */
  static BundledManifest manifest() {
    return BundledManifest.read(resource(MANIFEST), "the bundled manifest " + MANIFEST);
  }

  /**
   * The bytes of a bundled file, once its checksum is the one the manifest gives.
   *
   * @throws StandardException if the file is missing or its checksum differs
   */
  static byte[] verified(BundledManifest.Entry entry, String path) {
    byte[] bytes = resource(path);
    String checksum = sha256(bytes);
    if (!checksum.equals(entry.sha256())) {
      throw new StandardException("the bundled file " + path + " has SHA-256 " + checksum
          + " but the manifest " + MANIFEST + " says " + entry.sha256()
          + "; the file was changed without updating the manifest");
    }
    return bytes;
  }

  static byte[] resource(String path) {
    try (InputStream in = BundledStandards.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new StandardException("the bundled resource " + path + " is missing from the library's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled resource " + path, e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

}
