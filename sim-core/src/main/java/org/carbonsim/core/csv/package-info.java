/**
 * Reading CSV input files: the one reader behind the enterprise register, the chart command's
 * output tables and {@code replay}'s order logs, so that all three accept the same files and report
 * problems the same way ({@code file:line:column}).
 *
 * <p>Parsing is Apache Commons CSV 1.14.1 (RFC 4180 quoting, CRLF, CR or LF line ends, quoted line
 * breaks). It was chosen over FastCSV because it is the one of the two served by the package
 * registry this project builds from, it is an Apache project with a long release record, and its
 * parser streams from a {@link java.io.Reader}, which lets carbonsim put its own strict decoder in
 * front of it. That decoder ({@code DecodingReader}) is carbonsim's: it decodes in a declared
 * charset, refuses bytes that are not valid in it with the line, column and byte offset of the
 * first bad byte, and honours a byte-order mark. The dependency lives in sim-core, beside gson,
 * because sim-core already reads scenario files and registers; it brings commons-io and
 * commons-codec along and no I/O beyond reading. Imports nothing from other carbonsim packages.
 */
package org.carbonsim.core.csv;
