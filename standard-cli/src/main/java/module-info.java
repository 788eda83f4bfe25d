/**
 * The command line over the library, for people and for tools not written in Java.
 *
 * @since 0.1.0
 */
module org.apprenticeship.standard.cli {
  requires org.apprenticeship.standard.data;
  requires org.apprenticeship.standard.rules;
  requires info.picocli;

  exports org.apprenticeship.standard.cli;
  opens org.apprenticeship.standard.cli.internal to info.picocli;
}
