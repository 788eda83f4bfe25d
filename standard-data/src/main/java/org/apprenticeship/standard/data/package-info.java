/**
 * The data of the library and its JSON formats: the bundled standards ({@link
 * org.apprenticeship.standard.data.Standards#bundled()}, ST0007 with every fact's source) and
 * funding rules ({@link org.apprenticeship.standard.data.FundingRules}); reading and writing
 * standards and learner records in the library's own format ({@link
 * org.apprenticeship.standard.data.Standards}, {@link org.apprenticeship.standard.data.LearnerRecords}),
 * with their JSON Schemas; import from the public apprenticeship standards API ({@link
 * org.apprenticeship.standard.data.IfateImport}); and export to 1EdTech CASE 1.1 ({@link
 * org.apprenticeship.standard.data.CaseExport}).
 *
 * <p>Every reader checks a document in full and returns a {@link
 * org.apprenticeship.standard.model.Validated} value with every finding: bad data is never an
 * exception. Every document is read as strict UTF-8, within limits on its size, nesting and
 * lengths, and one document lists at most 1,000 findings (the last one then says how many more
 * there were). Only a stream that cannot be read is an exception ({@link java.io.UncheckedIOException}).
 *
 * @since 0.1.0
 */
package org.apprenticeship.standard.data;
