package org.c2model.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PathProperties {

  @Property
  void jsonPointerTextRoundTrips(@ForAll @Size(max = 5) List<String> segments) {
    Path p = Path.of(segments.toArray(String[]::new));
    assertEquals(p, Path.parse(p.toJsonPointer()));
    assertEquals(segments, p.segments());
  }

  @Test
  void toJsonPointer_escapesTildeAndSlash() {
    assertEquals("/board/a~1b/c~0d", Path.of("board", "a/b", "c~d").toJsonPointer());
    assertEquals("/board/officers/chair", Path.root().property("board").property("officers").property("chair").toString());
    assertEquals("/members/1", Path.root().property("members").index(1).toJsonPointer());
  }
}
