/**
 * The rules that training providers, employers, e-portfolio products and end-point assessment
 * organisations apply to an apprentice's record: KSB coverage, off-the-job hours, gateway
 * readiness, grading and the end-point assessment timeline. {@link
 * org.apprenticeship.standard.rules.Rules} is the entry point.
 *
 * <p>Every rule is a pure function of a standard, a learner record, an as-of date and an
 * {@link org.apprenticeship.standard.rules.EvaluationPolicy}: no rule reads the clock, and the same
 * input always gives the same output. Results are immutable values that explain themselves (what
 * was counted, which rule and source applied), and serialize with Jackson (with the JDK 8 and Java
 * time modules, nulls included) to the JSON contract of the command line.
 *
 * @since 0.1.0
 */
@ValueStyle
package org.apprenticeship.standard.rules;

import org.apprenticeship.standard.model.internal.ValueStyle;
