package org.c2model.json.internal;

import org.c2model.metrics.programme.ChangeCategory;
import org.c2model.metrics.programme.ReportChange;
import org.c2model.metrics.programme.ReportChanges;

/**
 * Codecs of what changed between two evaluation reports of a neighbourhood (the
 * {@code report_changes} document).
 */
public final class ProgrammeCodecs {

  private ProgrammeCodecs() {}

  /** A change's category as its code, such as {@code "step_lapsed"}. */
  public static final Codec<ChangeCategory> CHANGE_CATEGORY_CODE = Scalars.codes(ChangeCategory.class,
      "The kind of a change between two reports: steps attained or lapsed, rule failures started or ended, "
          + "indicators that changed verdict, weak connectors gained or lost.");

  /** One change. */
  public static final ObjectCodec<ReportChange, ChangeFields> REPORT_CHANGE =
      ObjectCodec.of(ReportChange.class, ChangeFields::new, ChangeFields::build)
          .describedAs("One change between two evaluation reports of a neighbourhood.")
          .field("category", CHANGE_CATEGORY_CODE, ReportChange::category, (b, v) -> b.category = v)
          .field("subject", Scalars.TEXT, ReportChange::subject, (b, v) -> b.subject = v)
          .doc("What changed: a step number (1 to 7), a rule id, a space and the JSON Pointer it failed at, "
              + "an indicator id or a person id (never a name).")
          .field("before", Scalars.TEXT, ReportChange::before, (b, v) -> b.before = v)
          .doc("Its state in the earlier report, such as \"not attained\", \"passing\", \"similar\" or \"not measured\".")
          .field("after", Scalars.TEXT, ReportChange::after, (b, v) -> b.after = v)
          .doc("Its state in the later report; never the same as before.")
          .build();

  /** The changes between two reports; also the {@code report_changes} document. */
  public static final ObjectCodec<ReportChanges, ReportChanges.Builder> REPORT_CHANGES =
      ObjectCodec.of(ReportChanges.class, ReportChanges::builder, ReportChanges.Builder::build)
          .describedAs("What changed in one neighbourhood between two evaluation reports, by category then subject.")
          .field("neighbourhoodId", Scalars.ID, ReportChanges::neighbourhoodId, (b, v) -> b.neighbourhoodId(v))
          .field("before", Scalars.DATE, ReportChanges::before, (b, v) -> b.before(v))
          .doc("The as-of date of the earlier report.")
          .field("after", Scalars.DATE, ReportChanges::after, (b, v) -> b.after(v))
          .doc("The as-of date of the later report.")
          .list("changes", REPORT_CHANGE, ReportChanges::changes, (b, v) -> b.addAllChanges(v))
          .build();

  /** The fields of a change being read. */
  static final class ChangeFields {
    ChangeCategory category;
    String subject;
    String before;
    String after;

    ReportChange build() {
      return ReportChange.of(category, subject, before, after);
    }
  }
}
