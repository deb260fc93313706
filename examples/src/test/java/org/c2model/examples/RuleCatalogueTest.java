package org.c2model.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.c2model.core.rule.RuleId;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue {@code docs/rules.md} cannot drift from the code: every {@code RuleId}
 * constant of every c2 module (found in the compiled classes, so a rule added anywhere is seen)
 * has a row in the catalogue, and every row names a rule id that exists.
 */
class RuleCatalogueTest {

  /** A catalogue row: a table line whose first cell is a back-quoted rule id. */
  private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z]+:[A-Za-z]+)` \\|", Pattern.MULTILINE);

  @Test
  void everyRuleIdConstantIsCatalogued_andEveryCataloguedIdExists() throws IOException, ReflectiveOperationException {
    Set<String> inCode = ruleIdConstants();
    Set<String> inDocs = cataloguedIds();
    assertTrue(inCode.size() >= 30, () -> "too few rule ids found in the code, is the scan broken? " + inCode);
    Set<String> undocumented = new TreeSet<>(inCode);
    undocumented.removeAll(inDocs);
    Set<String> stale = new TreeSet<>(inDocs);
    stale.removeAll(inCode);
    assertEquals(Set.of(), undocumented, "rule ids in the code but not in docs/rules.md");
    assertEquals(Set.of(), stale, "rule ids in docs/rules.md but not in the code");
  }

  /** The values of every {@code public static final RuleId} field in the main classes of c2. */
  private static Set<String> ruleIdConstants() throws ReflectiveOperationException {
    Set<String> ids = new TreeSet<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.c2model")) {
      for (JavaField f : c.getFields()) {
        if (f.getModifiers().contains(JavaModifier.STATIC) && f.getRawType().isEquivalentTo(RuleId.class)) {
          Field field = f.reflect();
          field.setAccessible(true);
          ids.add(field.get(null).toString());
        }
      }
    }
    return ids;
  }

  private static Set<String> cataloguedIds() throws IOException {
    // Tests run in the module's directory; the catalogue is at the repository root.
    Path catalogue = Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("rules.md");
    String text = Files.readString(catalogue, StandardCharsets.UTF_8);
    Set<String> ids = new TreeSet<>();
    Matcher m = ROW.matcher(text);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
