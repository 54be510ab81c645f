/**
 * The classroom: a local web server on which students play enterprises of a scenario in their
 * browsers while agents play the rest, on the same engine as {@code carbonsim run}.
 */
package org.carbonsim.web;
