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
  public static final Codec<RuleId> RULE_ID_CODEC = Scalars.textForm(RuleId.class, RuleId::of, RuleId::toString, null,
      SchemaGenerator.node("description", "The stable rule id, Namespace:Name in UpperCamel.", "type", "string",
          "pattern", "^[A-Z][A-Za-z0-9]*:[A-Z][A-Za-z0-9]*$"));
  /** A path as its RFC 6901 JSON Pointer; the root is the empty string. */
  public static final Codec<Path> PATH_CODEC = Scalars.textForm(Path.class, Path::parse, Path::toJsonPointer, null,
      SchemaGenerator.node("description", "An RFC 6901 JSON Pointer; the empty string for the whole subject.",
          "type", "string", "pattern", "^(/([^~/]|~[01])*)*$"));
  /** A severity as its code, such as {@code "warning"}. */
  public static final Codec<Severity> SEVERITY_CODE = Scalars.codes(Severity.class,
      "How much a finding matters: info, warning or error (an error fails the report).");

  /** A finding. */
  public static final ObjectCodec<Finding, Finding.Builder> FINDING =
      ObjectCodec.of(Finding.class, Finding::builder, b -> b.build())
          .describedAs("What a rule found.")
          .field("ruleId", RULE_ID_CODEC, Finding::ruleId, (b, v) -> b.ruleId(v))
          .doc("The stable rule id, Namespace:Name in UpperCamel.")
          .field("severity", SEVERITY_CODE, Finding::severity, (b, v) -> b.severity(v))
          .field("path", PATH_CODEC, Finding::path, (b, v) -> b.path(v))
          .doc("An RFC 6901 JSON Pointer to what the finding is about; the empty string for the whole subject.")
          .field("date", Scalars.DATE, Finding::date, (b, v) -> b.date(v))
          .field("message", Scalars.TEXT, Finding::message, (b, v) -> b.message(v))
          .field("args", Scalars.TEXT_MAP, Finding::args, (b, v) -> b.putAllArgs(v))
          .doc("The variable parts of the message by name.")
          .defaulted()
          .build();

  /**
   * A rule report; also the {@code findings} document. {@code successful} is written for readers
   * that only want the verdict; on reading it is optional and, when present, must agree with the
   * findings.
   */
  public static final ObjectCodec<RuleReport, ReportFields> RULE_REPORT =
      ObjectCodec.of(RuleReport.class, ReportFields::new, ReportFields::build)
          .describedAs("The findings of one evaluation, in rule order then path order.")
          .optional("successful", Scalars.BOOLEAN, r -> Optional.of(r.isSuccessful()), (b, v) -> b.successful = v)
          .doc("True when no finding is an error; when present it must agree with the findings.")
          .list("findings", FINDING, RuleReport::findings, (b, v) -> b.findings.addAll(v))
          .build();

  /**
   * Rule thresholds, every one of them; an absent field takes the paper's default. Sectors are
   * written in declaration order, and an empty array means "no sector required", not the default.
   */
  public static final ObjectCodec<RuleThresholds, RuleThresholds.Builder> RULE_THRESHOLDS =
      ObjectCodec.of(RuleThresholds.class, RuleThresholds::builder, RuleThresholds.Builder::build)
          .describedAs("The thresholds of the C2 rules, all of them; an absent threshold takes the paper's default.")
          .field("minimumKeyResidents", Scalars.INTEGER, RuleThresholds::minimumKeyResidents,
              (b, v) -> b.minimumKeyResidents(v))
          .doc("The fewest key residents step 1 needs; 5 if absent.")
          .defaulted()
          .constrain("minimum", 0)
          .set("requiredSectors", PartnershipCodecs.SECTOR_CODE, t -> t.requiredSectors().stream().sorted().toList(),
              (b, v) -> b.requiredSectors(v))
          .doc("The sectors every partnership must include; health, education, police and local_authority if "
              + "absent.")
          .field("minimumListeningTurnout", Scalars.INTEGER, RuleThresholds::minimumListeningTurnout,
              (b, v) -> b.minimumListeningTurnout(v))
          .doc("The fewest residents a listening event should bring in; 50 if absent.")
          .defaulted()
          .constrain("minimum", 0)
          .field("followUpDeadlineDays", Scalars.INTEGER, RuleThresholds::followUpDeadlineDays,
              (b, v) -> b.followUpDeadlineDays(v))
          .doc("The most days between a listening event and its follow-up event; 14 if absent.")
          .defaulted()
          .constrain("minimum", 0)
          .field("topPriorities", Scalars.INTEGER, RuleThresholds::topPriorities, (b, v) -> b.topPriorities(v))
          .doc("How many themes a listening event's prioritisation should produce; 5 if absent.")
          .defaulted()
          .constrain("minimum", 1)
          .field("maximumMeetingGapDays", Scalars.INTEGER, RuleThresholds::maximumMeetingGapDays,
              (b, v) -> b.maximumMeetingGapDays(v))
          .doc("The longest gap, in days, between partnership meetings after constitution; 42 if absent.")
          .defaulted()
          .constrain("minimum", 1)
          .field("consolidationMeetings", Scalars.INTEGER, RuleThresholds::consolidationMeetings,
              (b, v) -> b.consolidationMeetings(v))
          .doc("How many partnership meetings in a row, each within the gap, show regular meetings for step 5; "
              + "3 if absent.")
          .defaulted()
          .constrain("minimum", 1)
          .field("momentumMonths", Scalars.INTEGER, RuleThresholds::momentumMonths, (b, v) -> b.momentumMonths(v))
          .doc("The months within which momentum should be consolidated after the first step-1 evidence; 6 if "
              + "absent.")
          .defaulted()
          .constrain("minimum", 1)
          .field("minimumAgeRanges", Scalars.INTEGER, RuleThresholds::minimumAgeRanges,
              (b, v) -> b.minimumAgeRanges(v))
          .doc("How many different age ranges resident-organised activities should serve for step 6; 2 if "
              + "absent.")
          .defaulted()
          .constrain("minimum", 1)
          .field("minimumMaturitySigns", Scalars.INTEGER, RuleThresholds::minimumMaturitySigns,
              (b, v) -> b.minimumMaturitySigns(v))
          .doc("How many of the five signs of maturity attain step 7; 3 if absent.")
          .defaulted()
          .constrain("minimum", 1)
          .constrain("maximum", 5)
          .field("minimumResidentsEmployed", Scalars.INTEGER, RuleThresholds::minimumResidentsEmployed,
              (b, v) -> b.minimumResidentsEmployed(v))
          .doc("How many residents the partnership should employ for the step-7 sign of residents employed; 2 "
              + "if absent.")
          .defaulted()
          .constrain("minimum", 1)
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
