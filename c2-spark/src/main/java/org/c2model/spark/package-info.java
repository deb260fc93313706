/**
 * c2 on Apache Spark: the PHE statistics of c2-metrics as Spark SQL functions
 * ({@link org.c2model.spark.C2Functions}), the screening of many neighbourhoods over a national
 * observations table ({@link org.c2model.spark.SparkScreening}) and police.uk street-level crime files
 * read into that table ({@link org.c2model.spark.PoliceUkObservations}). Every number is computed by
 * the same c2-metrics code the single-machine library runs; Spark only moves and sums the rows
 * ({@code docs/spark.md}; indicators tracked at sub-ward level: <i>Positively Local</i> sec. 5;
 * {@code docs/c2-model.md} section 5).
 */
@C2Style
package org.c2model.spark;

import org.c2model.core.style.C2Style;
