package org.c2model.examples.crm;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.c2model.core.InvalidValueException;
import org.c2model.core.governance.GovernanceRules;
import org.c2model.core.journey.Journey;
import org.c2model.core.journey.MeetingKind;
import org.c2model.core.journey.PartnershipMeeting;
import org.c2model.core.partnership.Agency;
import org.c2model.core.partnership.AgencyRepresentative;
import org.c2model.core.partnership.JoinMethod;
import org.c2model.core.partnership.Membership;
import org.c2model.core.partnership.OfficerRole;
import org.c2model.core.partnership.OfficerTerm;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.partnership.Resident;
import org.c2model.core.partnership.Sector;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.Path;
import org.c2model.core.rule.RuleId;
import org.c2model.core.rule.RuleReport;
import org.c2model.core.rule.Severity;
import org.c2model.core.step.JourneyRules;
import org.c2model.csv.CsvImportException;
import org.c2model.csv.CsvRecords;

/**
 * Maps records as a CRM exports them (CSV files of contacts, board roles and meetings) to c2 types,
 * keeping the CRM's own ids as c2 ids, and returns every problem as a finding: bad rows are
 * reported with their file, row and column, and never stop the good rows from being imported.
 * <p>
 * The files, each with a header row (columns in any order):
 * <ul>
 *   <li>contacts: {@code crm_id, type} ({@code resident} or {@code agency}), {@code agency_id,
 *       agency_name, sector} (for agency staff; sector codes such as {@code local_authority}),
 *       {@code key_resident, existing_activist, elected_member} ({@code yes}/{@code no});</li>
 *   <li>board roles: {@code crm_id, joined, left, joined_by} ({@code self_selected},
 *       {@code appointed}, {@code co_opted}), {@code office, office_from, office_to} (optional;
 *       offices {@code chair}, {@code deputy_chair}, {@code treasurer}, {@code secretary});</li>
 *   <li>meetings: {@code meeting_id, date, kind} ({@code public} or {@code executive}),
 *       {@code attendees} (CRM ids separated by {@code ;}).</li>
 * </ul>
 * A row's path is {@code /<file>/<row>/<column>}, rows counted from 0 after the header (so row 0
 * is line 2 of a file without quoted line breaks); messages name the line the row starts on. The
 * files are read by c2-csv's {@link CsvRecords}, so they follow its syntax (RFC 4180, UTF-8, a
 * byte order mark allowed); a file that is not such CSV, or a row with more fields than the header,
 * ends that file's import with one {@link #BAD_FILE} finding.
 */
public final class CrmImport {

  /** A row that cannot be read: a missing or malformed value. */
  public static final RuleId BAD_ROW = RuleId.of("Import:BadRow");
  /** A row naming a contact that was not imported. */
  public static final RuleId UNKNOWN_CONTACT = RuleId.of("Import:UnknownContact");
  /** A board role that contradicts rows already imported (two chairs on one day, overlapping spells). */
  public static final RuleId CONFLICTING_ROW = RuleId.of("Import:ConflictingRow");
  /** A file that is not CSV. */
  public static final RuleId BAD_FILE = RuleId.of("Import:BadFile");

  private final Journey journey;
  private final List<Finding> importFindings;
  private final LocalDate importDate;

  private CrmImport(Journey journey, List<Finding> importFindings, LocalDate importDate) {
    this.journey = journey;
    this.importFindings = List.copyOf(importFindings);
    this.importDate = importDate;
  }

  /**
   * Reads the three exports into a partnership and its journey.
   *
   * @param base  the partnership's id, name, neighbourhood and constitution date, without people, not null
   * @param journeyStart  the first day of the journey, not null
   * @param contacts  the contacts CSV, not null
   * @param boardRoles  the board roles CSV, not null
   * @param meetings  the meetings CSV, not null
   * @param importDate  the date the findings of the import itself are dated, not null
   * @return the import, with every row that could be read, not null
   */
  public static CrmImport read(Partnership base, LocalDate journeyStart, Reader contacts, Reader boardRoles,
      Reader meetings, LocalDate importDate) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(journeyStart, "journeyStart");
    Objects.requireNonNull(importDate, "importDate");
    List<Finding> findings = new ArrayList<>();
    Partnership.Builder people = Partnership.builder().from(base);
    Map<String, Boolean> isResident = new LinkedHashMap<>();
    rows("contacts", contacts, importDate, findings, row -> {
      String id = row.required("crm_id");
      String type = row.required("type");
      if (type.equals("resident")) {
        people.addResidents(Resident.builder().id(id).keyResident(row.yes("key_resident"))
            .existingActivist(row.yes("existing_activist")).electedMember(row.yes("elected_member")).build());
      } else if (type.equals("agency")) {
        Sector sector = row.parse("sector", Sector::fromCode);
        people.addAgencyRepresentatives(AgencyRepresentative.of(id,
            Agency.of(row.required("agency_id"), row.required("agency_name"), sector)));
      } else {
        throw row.bad("type", "must be resident or agency", type);
      }
      if (isResident.putIfAbsent(id, type.equals("resident")) != null) {
        throw row.bad("crm_id", "must appear once", id);
      }
    });
    Partnership withPeople = people.build();
    List<Membership> memberships = new ArrayList<>();
    List<OfficerTerm> terms = new ArrayList<>();
    rows("board_roles", boardRoles, importDate, findings, row -> {
      String id = row.required("crm_id");
      if (!isResident.containsKey(id)) {
        throw row.finding(UNKNOWN_CONTACT, Severity.WARNING, "crm_id", "names no imported contact: " + id);
      }
      Membership m = Membership.builder().personId(id).joined(row.date("joined")).left(row.optionalDate("left"))
          .joinedBy(row.optional("joined_by").map(JoinMethod::fromCode).orElse(JoinMethod.SELF_SELECTED)).build();
      Optional<OfficerTerm> term = row.optional("office").map(office -> OfficerTerm.builder()
          .role(row.parse("office", OfficerRole::fromCode)).personId(id).start(row.date("office_from"))
          .end(row.optionalDate("office_to")).build());
      // Accept the row only if the partnership stays valid with it: no half-imported row.
      List<Membership> withMembership = new ArrayList<>(memberships);
      withMembership.add(m);
      List<OfficerTerm> withTerm = new ArrayList<>(terms);
      term.ifPresent(withTerm::add);
      try {
        Partnership.builder().from(withPeople).memberships(withMembership).officerTerms(withTerm).build();
      } catch (InvalidValueException e) {
        throw row.finding(CONFLICTING_ROW, Severity.ERROR, term.isPresent() ? "office" : "joined",
            "conflicts with rows already imported: " + e.getMessage());
      }
      memberships.add(m);
      term.ifPresent(terms::add);
    });
    Partnership partnership = Partnership.builder().from(withPeople).memberships(memberships).officerTerms(terms)
        .build();
    Journey[] journey = {Journey.of(partnership, journeyStart)};
    rows("meetings", meetings, importDate, findings, row -> {
      PartnershipMeeting.Builder meeting = PartnershipMeeting.builder().id(row.required("meeting_id"))
          .date(row.date("date")).kind(row.parse("kind", MeetingKind::fromCode));
      List<String> attendees = row.optional("attendees").map(a -> Arrays.asList(a.split(";"))).orElse(List.of());
      for (String a : attendees) {
        Boolean resident = isResident.get(a.strip());
        if (resident == null) {
          findings.add(row.finding(UNKNOWN_CONTACT, Severity.WARNING, "attendees",
              "names no imported contact: " + a.strip() + " (left out of the meeting)").finding);
        } else if (resident) {
          meeting.addResidentIds(a.strip());
        } else {
          meeting.addAgencyRepresentativeIds(a.strip());
        }
      }
      PartnershipMeeting built = meeting.build();
      try {
        journey[0] = journey[0].withActivity(built);
      } catch (InvalidValueException e) {
        throw row.finding(BAD_ROW, Severity.ERROR, "meeting_id", e.getMessage());
      }
    });
    return new CrmImport(journey[0], findings, importDate);
  }

  /**
   * Gets the journey built from the good rows, with its partnership.
   *
   * @return the journey, not null
   */
  public Journey journey() {
    return journey;
  }

  /**
   * Gets the partnership built from the good rows.
   *
   * @return the partnership, not null
   */
  public Partnership partnership() {
    return journey.partnership();
  }

  /**
   * Gets the problems found in the files, one per bad row or reference.
   *
   * @return the findings, in file and row order, not null
   */
  public List<Finding> importFindings() {
    return importFindings;
  }

  /**
   * Evaluates what was imported on a date: the import's own findings, then the governance rules
   * and the journey's timing and quality rules.
   *
   * @param date  the date, not null
   * @return every finding, not null
   */
  public RuleReport findings(LocalDate date) {
    List<Finding> all = new ArrayList<>(importFindings);
    all.addAll(GovernanceRules.evaluate(partnership(), date).findings());
    all.addAll(JourneyRules.assess(journey, date).findings());
    return RuleReport.of(all);
  }

  @Override
  public String toString() {
    return "CrmImport{" + partnership().residents().size() + " residents, "
        + partnership().agencyRepresentatives().size() + " agency staff, " + partnership().memberships().size()
        + " memberships, " + journey.activities().size() + " meetings, " + importFindings.size()
        + " import findings, imported " + importDate + "}";
  }

  /** Reads each row of a CSV file, turning a row's failure into a finding and going on. */
  private static void rows(String file, Reader reader, LocalDate date, List<Finding> findings, Consumer<Row> each) {
    int index = 0;
    try (CsvRecords records = CsvRecords.open(reader, file + " CSV", file)) {
      List<String> header = records.header();
      while (records.next()) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
          cells.putIfAbsent(header.get(i), records.get(i));
        }
        Row row = new Row(file, index++, records.line(), cells, date);
        try {
          each.accept(row);
        } catch (RowFailure f) {
          findings.add(f.finding);
        } catch (InvalidValueException e) {
          findings.add(row.finding(BAD_ROW, Severity.ERROR, e.field().orElse(""), e.getMessage()).finding);
        }
      }
    } catch (CsvImportException e) {
      findings.add(Finding.of(BAD_FILE, Severity.ERROR, Path.of(file, Integer.toString(index)), date,
          file + " could not be read after row " + index + ": " + e.line().stream()
              .mapToObj(l -> "line " + l + " ").findFirst().orElse("") + "is not well-formed CSV"));
    }
  }

  /** One CSV row and the helpers that turn its cells into values or findings. */
  private static final class Row {
    private static final Set<String> YES = Set.of("yes", "y", "true", "1");
    private final String file;
    private final int index;
    private final long line;
    private final Map<String, String> cells;
    private final LocalDate date;

    Row(String file, int index, long line, Map<String, String> cells, LocalDate date) {
      this.file = file;
      this.index = index;
      this.line = line;
      this.cells = cells;
      this.date = date;
    }

    Optional<String> optional(String column) {
      return Optional.ofNullable(cells.get(column)).map(String::strip).filter(s -> !s.isEmpty());
    }

    String required(String column) {
      return optional(column).orElseThrow(() -> bad(column, "must not be empty", ""));
    }

    boolean yes(String column) {
      return optional(column).map(v -> YES.contains(v.toLowerCase(java.util.Locale.ROOT))).orElse(false);
    }

    <T> T parse(String column, java.util.function.Function<String, T> parser) {
      String value = required(column);
      try {
        return parser.apply(value);
      } catch (InvalidValueException e) {
        throw bad(column, e.getMessage(), value);
      }
    }

    LocalDate date(String column) {
      return parse(column, Row::isoDate);
    }

    Optional<LocalDate> optionalDate(String column) {
      return optional(column).map(v -> date(column));
    }

    private static LocalDate isoDate(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw InvalidValueException.of("date", "must be an ISO date that exists, such as 2009-06-02", "'" + text + "'");
      }
    }

    RowFailure bad(String column, String expectation, String value) {
      return finding(BAD_ROW, Severity.ERROR, column, "line " + line + ": invalid " + column + " '" + value
          + "' (" + expectation + ")");
    }

    RowFailure finding(RuleId rule, Severity severity, String column, String message) {
      Path path = Path.of(file, Integer.toString(index));
      if (!column.isEmpty()) {
        path = path.property(column);
      }
      String text = message.startsWith("line ") ? message : "line " + line + ": " + message;
      return new RowFailure(Finding.builder().ruleId(rule).severity(severity).path(path).date(date)
          .message(file + " " + text).putArgs("file", file).putArgs("row", Integer.toString(index)).build());
    }
  }

  /** Carries a row's finding out of the row's mapping code. */
  private static final class RowFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Finding finding;

    RowFailure(Finding finding) {
      super(finding.message(), null, false, false);
      this.finding = finding;
    }
  }
}
