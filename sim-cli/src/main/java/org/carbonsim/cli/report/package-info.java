/**
 * {@code report.html}: one self-contained page per output folder (run or Monte Carlo) with the key
 * figures, sortable tables and the charts inlined as SVG. No script, style or font is fetched from the
 * network, every text from the files is escaped, and the page is well-formed XML as well as HTML, so
 * it opens in any browser and can be sent by email.
 */
package org.carbonsim.cli.report;
