package org.c2model.json.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the c2-json artifact, read from {@code version.properties}, which Maven fills in
 * from the pom when it copies the resources (the role of Jackson's generated {@code PackageVersion}).
 */
public final class PackageVersion {

  /** The version of this artifact, such as {@code 0.1.0-SNAPSHOT}. */
  public static final Version VERSION = load();

  private PackageVersion() {}

  private static Version load() {
    Properties props = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the c2-json jar");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("version.properties of c2-json cannot be read", e);
    }
    return VersionUtil.parseVersion(props.getProperty("version"),
        props.getProperty("groupId"), props.getProperty("artifactId"));
  }
}
