package org.c2model.json.internal;

import static org.c2model.json.internal.C2JsonNames.ARGS;
import static org.c2model.json.internal.C2JsonNames.DATE;
import static org.c2model.json.internal.C2JsonNames.FINDINGS;
import static org.c2model.json.internal.C2JsonNames.MESSAGE;
import static org.c2model.json.internal.C2JsonNames.MINIMUM_KEY_RESIDENTS;
import static org.c2model.json.internal.C2JsonNames.PATH;
import static org.c2model.json.internal.C2JsonNames.REQUIRED_SECTORS;
import static org.c2model.json.internal.C2JsonNames.RULE_ID;
import static org.c2model.json.internal.C2JsonNames.SEVERITY;
import static org.c2model.json.internal.C2JsonNames.SUCCESSFUL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.c2model.core.InvalidValueException;
import org.c2model.core.partnership.Sector;
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
  public static final Codec<Severity> SEVERITY_CODE = Scalars.codes(Severity.class, Severity::code);

  /** A finding. */
  public static final ObjectCodec<Finding, Finding.Builder> FINDING =
      ObjectCodec.of(Finding.class, Finding::builder, b -> b.build())
          .field(RULE_ID, RULE_ID_CODEC, Finding::ruleId, (b, v) -> b.ruleId(v))
          .field(SEVERITY, SEVERITY_CODE, Finding::severity, (b, v) -> b.severity(v))
          .field(PATH, PATH_CODEC, Finding::path, (b, v) -> b.path(v))
          .field(DATE, Scalars.DATE, Finding::date, (b, v) -> b.date(v))
          .field(MESSAGE, Scalars.TEXT, Finding::message, (b, v) -> b.message(v))
          .field(ARGS, Scalars.TEXT_MAP, Finding::args, (b, v) -> b.putAllArgs(v))
          .build();

  /**
   * A rule report; also the {@code findings} document. {@code successful} is written for readers
   * that only want the verdict; on reading it is optional and, when present, must agree with the
   * findings.
   */
  public static final ObjectCodec<RuleReport, ReportFields> RULE_REPORT =
      ObjectCodec.of(RuleReport.class, ReportFields::new, ReportFields::build)
          .optional(SUCCESSFUL, Scalars.BOOLEAN, r -> Optional.of(r.isSuccessful()), (b, v) -> b.successful = v)
          .list(FINDINGS, FINDING, RuleReport::findings, (b, v) -> b.findings.addAll(v))
          .build();

  /** Rule thresholds; absent fields take the paper's defaults. Sectors are written in declaration order. */
  public static final ObjectCodec<RuleThresholds, ThresholdFields> RULE_THRESHOLDS =
      ObjectCodec.of(RuleThresholds.class, ThresholdFields::new, ThresholdFields::build)
          .field(MINIMUM_KEY_RESIDENTS, Scalars.INTEGER, RuleThresholds::minimumKeyResidents,
              (b, v) -> b.minimumKeyResidents = v)
          .set(REQUIRED_SECTORS, PartnershipCodecs.SECTOR_CODE, t -> t.requiredSectors().stream().sorted().toList(),
              (b, v) -> b.requiredSectors = v)
          .build();

  /**
   * The fields of thresholds being read. The sectors are set as a whole, so that an empty array
   * means "no sector required" rather than "the default sectors".
   */
  static final class ThresholdFields {
    Integer minimumKeyResidents;
    List<Sector> requiredSectors;

    RuleThresholds build() {
      RuleThresholds.Builder b = RuleThresholds.builder();
      if (minimumKeyResidents != null) {
        b.minimumKeyResidents(minimumKeyResidents);
      }
      if (requiredSectors != null) {
        b.requiredSectors(requiredSectors);
      }
      return b.build();
    }
  }

  /** The fields of a report being read. */
  static final class ReportFields {
    Boolean successful;
    final List<Finding> findings = new ArrayList<>();

    RuleReport build() {
      RuleReport report = RuleReport.of(findings);
      if (successful != null && successful != report.isSuccessful()) {
        throw InvalidValueException.of(SUCCESSFUL,
            "must agree with the findings, which " + (report.isSuccessful() ? "hold no error" : "hold an error"),
            successful);
      }
      return report;
    }
  }
}
