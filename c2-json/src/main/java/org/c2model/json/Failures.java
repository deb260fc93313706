package org.c2model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
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
        if (p != null && String.valueOf(jpe.getOriginalMessage()).startsWith("Name length")) {
          // The name being read is not yet the parser's current name, which is still the previous
          // property's: the failure is in the object that holds the name, at the name's location.
          at = objectPathOf(p);
        }
      } else if (e instanceof JsonEOFException) {
        problem = "the document is truncated";
      } else {
        problem = "must be well-formed JSON";
      }
      return new C2JsonException(at, "(" + problem + "): " + clean(jpe.getOriginalMessage()), null,
          line(loc), column(loc), e);
    }
    return new C2JsonException(Path.root(), "(the document cannot be read): " + describe(e), null, 0, 0, e);
  }

  /** Describes an input or output failure in words, without naming Java classes. */
  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file: " + ((NoSuchFileException) e).getFile();
    }
    if (e instanceof AccessDeniedException) {
      return "access denied: " + ((AccessDeniedException) e).getFile();
    }
    if (e instanceof FileSystemException) {
      FileSystemException fse = (FileSystemException) e;
      return fse.getFile() + (fse.getReason() != null ? ": " + fse.getReason() : "");
    }
    if (e instanceof CharacterCodingException) {
      return "the input is not valid UTF-8";
    }
    return e.getMessage() != null ? clean(e.getMessage()) : "an input or output error";
  }

  static C2JsonException document(String problem, String value, JsonParser p) {
    JsonLocation loc = p.currentTokenLocation();
    return new C2JsonException(Path.root(), "(" + problem + "): " + value, value, line(loc), column(loc), null);
  }

  static C2JsonException writing(IOException e) {
    return new C2JsonException(Path.root(), "(the document cannot be written): " + describe(e), null, 0, 0, e);
  }

  private static Path pathOf(JsonParser p) {
    if (p == null) {
      return Path.root();
    }
    return Path.parse(p.getParsingContext().pathAsPointer().toString());
  }

  /** Gets the path of the object the parser is in, without the property it is at. */
  private static Path objectPathOf(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    while (context != null && !context.inObject()) {
      context = context.getParent();
    }
    return context == null || context.getParent() == null ? Path.root()
        : Path.parse(context.getParent().pathAsPointer().toString());
  }

  /**
   * Drops Jackson's source description, which only says that the source is not shown, and the
   * names of Jackson's classes and settings, which mean nothing to the author of the document.
   */
  private static String clean(String message) {
    return message == null ? "" : message.replaceAll("\\[Source: [^;\\]]*; ", "[").replace("\n", " ")
        .replaceAll(", from `StreamReadConstraints\\.\\w+\\(\\)`", "")
        .replaceAll(": enable `JsonReadFeature\\.\\w+` to allow", ": not allowed in JSON")
        .replaceAll("\\(enable `JsonReadFeature\\.\\w+` to allow\\)", "(not allowed in JSON)")
        .replaceAll("`[\\w.$]+\\.(\\w+)(\\(\\))?`", "$1");
  }

  private static int line(JsonLocation loc) {
    return loc == null ? 0 : loc.getLineNr();
  }

  private static int column(JsonLocation loc) {
    return loc == null ? 0 : loc.getColumnNr();
  }
}
