/**
 * The bundled ST0007 data, the registry of standards and their versions, and the library's JSON
 * formats: reading with full validation, and writing.
 *
 * @since 0.1.0
 */
module org.apprenticeship.standard.data {
  requires transitive org.apprenticeship.standard.model;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.immutables.value;

  exports org.apprenticeship.standard.data;

  // The model reads the import's description of a record of the public API (ApiRecord) as it reads its own types.
  opens org.apprenticeship.standard.data.internal to org.apprenticeship.standard.model;
}
