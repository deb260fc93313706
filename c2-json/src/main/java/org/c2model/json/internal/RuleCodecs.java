package org.c2model.json.internal;


import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.RuleReport;
import org.c2model.core.rule.RuleThresholds;
import org.c2model.core.rule.Severity;

/**
 * The codecs of {@code org.c2model.core.rule}: findings (the {@code findings} document is a
 * {@link RuleReport}) and rule thresholds (the {@code rule_thresholds} document).
 */
public final class RuleCodecs {

  private RuleCodecs() {}

  /** A rule id as its text, such as {@code "Governance:ResidentMajority"}. */
  public static final Codec<RuleId> RULE_ID_CODEC = Scalars.textForm(RuleId.class, RuleId::of, RuleId::toString);
  /** A path as its RFC 6901 JSON Pointer; the root is the empty string. */
  public static final Codec<Path> PATH_CODEC = Scalars.textForm(Path.class, Path::parse, Path::toJsonPointer);
  /** A severity as its code, such as {@code "warning"}. */
  public static final Codec<Severity> SEVERITY_CODE = Scalars.codes(Severity.class);

  /** A finding. */
  public static final ObjectCodec<Finding, Finding.Builder> FINDING =
      ObjectCodec.of(Finding.class, Finding::builder, b -> b.build())
          .field("ruleId", RULE_ID_CODEC, Finding::ruleId, (b, v) -> b.ruleId(v))
          .field("severity", SEVERITY_CODE, Finding::severity, (b, v) -> b.severity(v))
          .field("path", PATH_CODEC, Finding::path, (b, v) -> b.path(v))
          .field("date", Scalars.DATE, Finding::date, (b, v) -> b.date(v))
          .field("message", Scalars.TEXT, Finding::message, (b, v) -> b.message(v))
          .field("args", Scalars.TEXT_MAP, Finding::args, (b, v) -> b.putAllArgs(v))
          .build();

  /**
   * A rule report; also the {@code findings} document. {@code successful} is written for readers
   * that only want the verdict; on reading it is optional and, when present, must agree with the
   * findings.
   */
  public static final ObjectCodec<RuleReport, ReportFields> RULE_REPORT =
      ObjectCodec.of(RuleReport.class, ReportFields::new, ReportFields::build)
          .optional("successful", Scalars.BOOLEAN, r -> Optional.of(r.isSuccessful()), (b, v) -> b.successful = v)
          .list("findings", FINDING, RuleReport::findings, (b, v) -> b.findings.addAll(v))
          .build();

  /**
   * Rule thresholds, every one of them; an absent field takes the paper's default. Sectors are
   * written in declaration order, and an empty array means "no sector required", not the default.
   */
  public static final ObjectCodec<RuleThresholds, RuleThresholds.Builder> RULE_THRESHOLDS =
      ObjectCodec.of(RuleThresholds.class, RuleThresholds::builder, RuleThresholds.Builder::build)
          .field("minimumKeyResidents", Scalars.INTEGER, RuleThresholds::minimumKeyResidents,
              (b, v) -> b.minimumKeyResidents(v))
          .set("requiredSectors", PartnershipCodecs.SECTOR_CODE, t -> t.requiredSectors().stream().sorted().toList(),
              (b, v) -> b.requiredSectors(v))
          .field("minimumListeningTurnout", Scalars.INTEGER, RuleThresholds::minimumListeningTurnout,
              (b, v) -> b.minimumListeningTurnout(v))
          .field("followUpDeadlineDays", Scalars.INTEGER, RuleThresholds::followUpDeadlineDays,
              (b, v) -> b.followUpDeadlineDays(v))
          .field("topPriorities", Scalars.INTEGER, RuleThresholds::topPriorities, (b, v) -> b.topPriorities(v))
          .field("maximumMeetingGapDays", Scalars.INTEGER, RuleThresholds::maximumMeetingGapDays,
              (b, v) -> b.maximumMeetingGapDays(v))
          .field("consolidationMeetings", Scalars.INTEGER, RuleThresholds::consolidationMeetings,
              (b, v) -> b.consolidationMeetings(v))
          .field("momentumMonths", Scalars.INTEGER, RuleThresholds::momentumMonths, (b, v) -> b.momentumMonths(v))
          .field("minimumAgeRanges", Scalars.INTEGER, RuleThresholds::minimumAgeRanges,
              (b, v) -> b.minimumAgeRanges(v))
          .field("minimumMaturitySigns", Scalars.INTEGER, RuleThresholds::minimumMaturitySigns,
              (b, v) -> b.minimumMaturitySigns(v))
          .field("minimumResidentsEmployed", Scalars.INTEGER, RuleThresholds::minimumResidentsEmployed,
              (b, v) -> b.minimumResidentsEmployed(v))
          .build();

  /** The fields of a report being read. */
  static final class ReportFields {
    Boolean successful;
    final List<Finding> findings = new ArrayList<>();

    RuleReport build() {
      RuleReport report = RuleReport.of(findings);
      if (successful != null && successful != report.isSuccessful()) {
        throw InvalidValueException.of("successful",
            "must agree with the findings, which " + (report.isSuccessful() ? "hold no error" : "hold an error"),
            successful);
      }
      return report;
    }
  }
}
