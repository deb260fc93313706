package org.c2model.examples;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No c2 module has a cycle in its package graph: every package of a module (its root package
 * included, each sub-package its own slice) may depend on others of the module only one way. The
 * examples module sees every c2 module, so this one test covers them all; to cover another module,
 * add its root package to the list.
 */
class PackageCyclesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "org.c2model.core",
      "org.c2model.metrics",
      "org.c2model.json",
      "org.c2model.csv",
      "org.c2model.report",
  })
  void packagesOfModuleAreFreeOfCycles(String rootPackage) {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(rootPackage);
    assertFalse(classes.isEmpty(), () -> "no classes found in " + rootPackage);
    slices().matching("org.c2model.(**)").should().beFreeOfCycles().check(classes);
  }
}
