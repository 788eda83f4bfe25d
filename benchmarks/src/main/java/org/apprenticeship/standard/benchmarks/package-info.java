/**
 * JMH benchmarks of the library against the speed bars of SPEC section 8, each beside a baseline
 * measured in the same run: {@link org.apprenticeship.standard.benchmarks.EvaluateBenchmark}
 * (one learner record with 60 evidence items), {@link org.apprenticeship.standard.benchmarks.BundledLoadBenchmark}
 * (the first load of the bundled data in a fresh JVM) and
 * {@link org.apprenticeship.standard.benchmarks.CohortBenchmark} (one million records through the
 * {@code batch} pipeline with a 256 MB heap). {@link org.apprenticeship.standard.benchmarks.Summary}
 * turns JMH's JSON results into medians and ratios.
 *
 * <p>The harness runs on the class path and uses only the packages that the library's modules
 * export. It is not published.
 *
 * @since 0.1.0
 */
package org.apprenticeship.standard.benchmarks;
