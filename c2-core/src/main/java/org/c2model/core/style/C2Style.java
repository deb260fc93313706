package org.c2model.core.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.c2model.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The one Immutables style of the c2 project, applied to every package of every c2 module that
 * holds value types. It is exported only so that c2-metrics and c2-json can apply it; it has SOURCE
 * retention and is of no use to a consumer at compile or run time.
 * <ul>
 *   <li>the generated {@code ImmutableX} classes stay package-private; callers use {@code X.of(...)}
 *       and {@code X.builder()};</li>
 *   <li>no Guava and no classpath annotations in generated code (clean JPMS, no leaks to consumers);</li>
 *   <li>an incomplete builder throws {@link InvalidValueException} naming the missing attributes.</li>
 * </ul>
 * JDK 9 collections stay off: reports and JSON output must keep insertion order.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = Override.class,
    throwForInvalidImmutableState = InvalidValueException.class,
    defaults = @Value.Immutable(copy = false))
public @interface C2Style {}
