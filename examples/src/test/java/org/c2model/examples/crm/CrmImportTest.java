package org.c2model.examples.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.c2model.core.governance.GovernanceRules;
import org.c2model.core.partnership.Partnership;
import org.c2model.core.place.Neighbourhood;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.RuleReport;
import org.c2model.json.C2Json;
import org.c2model.json.DocumentKind;
import org.junit.jupiter.api.Test;

class CrmImportTest {

  private static final LocalDate TODAY = LocalDate.of(2010, 3, 15);
  private static final Partnership BASE = Partnership.builder().id("P").name("CRM sample")
      .neighbourhood(Neighbourhood.of("N", "Townstal", "E01020136")).constitutionAdopted(LocalDate.of(2009, 6, 2))
      .build();

  private static Reader sample(String name) {
    return new InputStreamReader(CrmImport.class.getResourceAsStream(name), StandardCharsets.UTF_8);
  }

  private static CrmImport sampleImport() {
    return CrmImport.read(BASE, LocalDate.of(2009, 6, 1), sample("contacts.csv"), sample("board_roles.csv"),
        sample("meetings.csv"), TODAY);
  }

  private static List<String> rulesAndPaths(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + " " + f.path()).collect(Collectors.toList());
  }

  @Test
  void read_badRowsAreReportedAndGoodRowsKept() {
    CrmImport imported = sampleImport();
    assertEquals(List.of(
        "Import:BadRow /contacts/10/sector",
        "Import:BadRow /contacts/11/crm_id",
        "Import:UnknownContact /board_roles/10/crm_id",
        "Import:ConflictingRow /board_roles/11/office",
        "Import:UnknownContact /board_roles/12/crm_id",
        "Import:BadRow /board_roles/13/joined",
        "Import:BadRow /meetings/4/kind"), rulesAndPaths(imported.importFindings()));
    assertEquals(5, imported.partnership().residents().size());
    assertEquals(5, imported.partnership().agencyRepresentatives().size());
    assertEquals(10, imported.partnership().memberships().size());
    assertEquals(4, imported.journey().activities().size());
    assertTrue(imported.partnership().person("CRM-2001").isPresent(), "the CRM's own ids are kept");
  }

  @Test
  void findings_includeGovernanceAndRoundTripAsJson() {
    RuleReport report = sampleImport().findings(TODAY);
    assertEquals(1, report.forRule(GovernanceRules.RESIDENT_MAJORITY).size());
    String json = C2Json.write(report);
    assertTrue(json.startsWith("{\n  \"c2\": \"1.1\",\n  \"kind\": \"findings\""), json);
    assertEquals(report, C2Json.read(DocumentKind.FINDINGS, json));
  }

  @Test
  void read_aFileThatIsNotCsvIsOneFindingNotACrash() {
    CrmImport imported = CrmImport.read(BASE, LocalDate.of(2009, 6, 1), sample("contacts.csv"),
        new StringReader("crm_id,joined\n\"CRM-1001,2009-06-02\nCRM-1002"), new StringReader(""), TODAY);
    assertTrue(imported.importFindings().stream().anyMatch(f -> f.ruleId().equals(CrmImport.BAD_FILE)),
        imported.importFindings()::toString);
    assertEquals(10, imported.partnership().residents().size() + imported.partnership().agencyRepresentatives().size());
  }
}
