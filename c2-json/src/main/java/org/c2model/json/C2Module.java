package org.c2model.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import org.c2model.json.internal.Adapters;
import org.c2model.json.internal.Codec;
import org.c2model.json.internal.PackageVersion;

/**
 * The Jackson module of the c2 types: an explicit serializer and deserializer for every c2 type
 * that appears in a document, calling c2-core's public factories and builders (c2-core carries no
 * Jackson annotations).
 * <p>
 * It is registered for {@link java.util.ServiceLoader} (in {@code META-INF/services} and through
 * {@code provides} in {@code module-info}), so {@code ObjectMapper.findAndRegisterModules()} picks it
 * up. A c2 value written as the root of a JSON text is written as a document, with
 * {@code "c2": "1.1"} and its {@code "kind"}; read as the root, it must carry them.
 * <p>
 * Unknown properties are rejected. For the safety settings of {@link C2Json} (size and depth
 * limits, duplicate keys, trailing tokens) on a mapper of your own, start from
 * {@link C2Json#newMapper()}.
 *
 * @implSpec This class is immutable and thread-safe once constructed.
 */
public final class C2Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module with every c2 (de)serializer registered. */
  public C2Module() {
    super("C2Module", PackageVersion.VERSION);
    for (Codec<?> codec : Adapters.ALL) {
      register(codec);
    }
  }

  private <T> void register(Codec<T> codec) {
    String kind = DocumentKind.all().stream().filter(k -> k.type() == codec.type()).findFirst()
        .map(DocumentKind::code).orElse(null);
    addSerializer(codec.type(), Adapters.serializer(codec, kind));
    addDeserializer(codec.type(), Adapters.deserializer(codec, kind));
  }

}
