package org.apprenticeship.standard.cli.internal;

import org.apprenticeship.standard.data.Standards;
import picocli.CommandLine.IVersionProvider;

/** Says the version of the library and of its bundled data. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String library = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {
      "standard " + (library == null ? "(development build)" : library),
      "bundled data " + Standards.bundled().dataVersion().orElse("none") + ": " + Standards.bundled().describe()
    };
  }
}
