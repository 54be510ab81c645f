/**
 * carbonsim's studies on Apache Spark: {@code montecarlo}, {@code sweep}, {@code compare} and {@code
 * sensitivity} run with their replications as Spark tasks, each keyed by its index, and the results
 * folded on the driver in index order, so the files are byte for byte those of the local commands. Spark is provided by
 * {@code spark-submit} on a cluster and by the {@code carbonsim-spark} launcher locally.
 */
package org.carbonsim.spark;
