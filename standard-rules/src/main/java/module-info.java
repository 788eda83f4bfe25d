/**
 * The rules over any standard and learner record, however the standard was loaded: KSB coverage,
 * off-the-job hours, gateway readiness, grading and the end-point assessment timeline.
 *
 * @since 0.1.0
 */
module org.apprenticeship.standard.rules {
  requires transitive org.apprenticeship.standard.model;
  requires static org.immutables.value;

  exports org.apprenticeship.standard.rules;
  opens org.apprenticeship.standard.rules to com.fasterxml.jackson.databind;
  // ContractSerializer, named by the result types' @JsonSerialize, is made by Jackson.
  opens org.apprenticeship.standard.rules.internal to com.fasterxml.jackson.databind;
}
