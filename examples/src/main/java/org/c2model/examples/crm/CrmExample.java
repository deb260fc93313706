package org.c2model.examples.crm;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.RuleReport;
import org.c2model.json.C2Json;

/**
 * Council IT's view: takes a CRM's CSV exports (the bundled sample, or three files given as
 * arguments), maps them to c2 with the CRM's own ids, and prints every finding as a versioned
 * JSON findings document, as a CRM would store it.
 * <p>
 * The sample has bad rows on purpose: an unknown sector code, a contact without an id, a board role
 * naming an unknown contact, an impossible date, a second chair on the same day and an unknown
 * meeting kind. Each is reported with its file, row and column; the good rows are imported.
 */
public final class CrmExample {

  private CrmExample() {}

  /**
   * Runs the example.
   *
   * @param args  none for the bundled sample, or the paths of the contacts, board roles and meetings CSVs
   * @throws java.io.IOException if a file cannot be opened
   */
  public static void main(String[] args) throws java.io.IOException {
    Partnership base = Partnership.builder().id("P-TOWNSTAL").name("Townstal Community Partnership (CRM sample)")
        .neighbourhood(Neighbourhood.of("N-TOWNSTAL", "Townstal, Dartmouth", "E01020136", "E01020137"))
        .constitutionAdopted(LocalDate.of(2009, 6, 2)).build();
    LocalDate today = LocalDate.of(2010, 3, 15);
    CrmImport imported;
    try (Reader contacts = open(args, 0, "contacts.csv"); Reader roles = open(args, 1, "board_roles.csv");
        Reader meetings = open(args, 2, "meetings.csv")) {
      imported = CrmImport.read(base, LocalDate.of(2009, 6, 1), contacts, roles, meetings, today);
    }
    System.err.println(imported);
    RuleReport findings = imported.findings(today);
    System.out.println(C2Json.write(findings));
  }

  private static Reader open(String[] args, int i, String sample) throws java.io.IOException {
    if (args.length > i) {
      return Files.newBufferedReader(Path.of(args[i]), StandardCharsets.UTF_8);
    }
    return new InputStreamReader(Objects.requireNonNull(CrmExample.class.getResourceAsStream(sample), sample),
        StandardCharsets.UTF_8);
  }
}
