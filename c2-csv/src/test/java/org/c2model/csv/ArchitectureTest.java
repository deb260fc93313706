package org.c2model.csv;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of issue 13, checked on the compiled classes: CSV reading lives in c2-csv
 * only, so c2-metrics (on the class path as a jar) reads no files, and c2-csv's packages form no
 * cycle.
 */
class ArchitectureTest {

  private static final JavaClasses CSV = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.c2model.csv");
  private static final JavaClasses METRICS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.c2model.metrics");

  @Test
  void csvPackages_haveNoCycle() {
    slices().matching("org.c2model.(**)").should().beFreeOfCycles().check(CSV);
  }

  @Test
  void metrics_doesNoFileIo() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|Buffered|InputStream|Output|Reader"
            + "|Writer|Print).*")
        .orShould().dependOnClassesThat().haveNameMatching("com\\.fasterxml\\.jackson\\.dataformat\\.csv\\..*")
        .because("c2-metrics builds values from data that c2-csv and c2-json read (issue 13)")
        .check(METRICS);
  }
}
