package org.c2model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import org.c2model.core.rule.Path;
import org.c2model.json.internal.PointedException;

/** Translates whatever reading or writing threw into a {@link C2JsonException} with a path. */
final class Failures {

  private Failures() {}

  static C2JsonException translate(IOException e, JsonParser p) {
    if (e instanceof PointedException) {
      PointedException pe = (PointedException) e;
      JsonLocation loc = pe.getLocation();
      return new C2JsonException(pe.path(), pe.detail(), pe.invalidValue().orElse(null),
          line(loc), column(loc), pe.getCause() != null ? pe.getCause() : pe);
    }
    Path at = pathOf(p);
    if (e instanceof JsonProcessingException) {
      JsonProcessingException jpe = (JsonProcessingException) e;
      JsonLocation loc = jpe.getLocation() != null ? jpe.getLocation() : p == null ? null : p.currentLocation();
      String problem;
      if (e instanceof StreamConstraintsException) {
        problem = "the document exceeds a reading limit";
      } else if (e instanceof JsonEOFException) {
        problem = "the document is truncated";
      } else {
        problem = "must be well-formed JSON";
      }
      return new C2JsonException(at, "(" + problem + "): " + clean(jpe.getOriginalMessage()), null,
          line(loc), column(loc), e);
    }
    return new C2JsonException(Path.root(), "(the document cannot be read): " + e, null, 0, 0, e);
  }

  static C2JsonException document(String problem, String value, JsonParser p) {
    JsonLocation loc = p.currentTokenLocation();
    return new C2JsonException(Path.root(), "(" + problem + "): " + value, value, line(loc), column(loc), null);
  }

  static C2JsonException writing(IOException e) {
    return new C2JsonException(Path.root(), "(the document cannot be written): " + e, null, 0, 0, e);
  }

  private static Path pathOf(JsonParser p) {
    if (p == null) {
      return Path.root();
    }
    return Path.parse(p.getParsingContext().pathAsPointer().toString());
  }

  /** Drops Jackson's source description, which only says that the source is not shown. */
  private static String clean(String message) {
    return message == null ? "" : message.replaceAll("\\[Source: [^;\\]]*; ", "[").replace("\n", " ");
  }

  private static int line(JsonLocation loc) {
    return loc == null ? 0 : loc.getLineNr();
  }

  private static int column(JsonLocation loc) {
    return loc == null ? 0 : loc.getColumnNr();
  }
}
