/**
 * The two languages of carbonsim's human-facing output (terminal tables, chart titles and axes, and
 * {@code report.html}): {@link Lang} is the language chosen by {@code --lang} or the locale, and
 * {@link Text} a phrase written in both, side by side where it is used, so a translation cannot drift
 * from its English. Data files (CSV, JSON) are not translated.
 */
package org.carbonsim.cli.text;
