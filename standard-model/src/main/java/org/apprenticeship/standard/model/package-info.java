/**
 * The domain of a UK apprenticeship occupational standard as immutable values: the
 * {@linkplain org.apprenticeship.standard.model.Standard standard} with its
 * {@linkplain org.apprenticeship.standard.model.Ksb knowledge, skills and behaviours (KSBs)},
 * its {@linkplain org.apprenticeship.standard.model.AssessmentPlan end-point assessment plan}
 * and {@linkplain org.apprenticeship.standard.model.GatewayCriterion gateway criteria}, the
 * {@linkplain org.apprenticeship.standard.model.Source sources} every fact comes from, and the
 * {@linkplain org.apprenticeship.standard.model.LearnerRecord learner record} that the rules
 * evaluate.
 *
 * <p>Every value type here is immutable and thread-safe, and null-free: an absent value is an
 * empty {@link java.util.Optional} or an empty list, and builders reject {@code null} with a
 * {@link java.lang.NullPointerException} that names the attribute. Values are built with their
 * {@code builder()}, changed with {@code with*} methods (which return a new value), and carry
 * Bean Validation constraints that {@link org.apprenticeship.standard.model.ModelValidator}
 * checks. A builder does not validate beyond null checks: a value can be built and then
 * validated, so that every violation is reported at once rather than only the first.
 *
 * <p>The types carry Jackson annotations, so any {@code ObjectMapper} with the {@code Jdk8Module}
 * and {@code JavaTimeModule} registered reads and writes them in the library's JSON format. The
 * {@code standard-data} module reads that format with full validation.
 *
 * @since 0.1.0
 */
@ValueStyle
package org.apprenticeship.standard.model;

import org.apprenticeship.standard.model.internal.ValueStyle;
