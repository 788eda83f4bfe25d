/**
 * The domain types of an apprenticeship standard and a learner record, with their constraints. No
 * I/O.
 *
 * @since 0.1.0
 */
module org.apprenticeship.standard.model {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive jakarta.validation;
  requires static org.immutables.value;

  exports org.apprenticeship.standard.model;
  exports org.apprenticeship.standard.model.internal to
      org.apprenticeship.standard.data,
      org.apprenticeship.standard.rules,
      org.apprenticeship.standard.cli;

  opens org.apprenticeship.standard.model to com.fasterxml.jackson.databind;
  // Jackson makes the serializer that writes extension values with their numbers as read.
  opens org.apprenticeship.standard.model.internal to com.fasterxml.jackson.databind;
}
