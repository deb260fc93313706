package org.c2model.json.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.c2model.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The Immutables style of c2-json, identical to c2-core's {@code org.c2model.core.internal.C2Style}
 * (a SOURCE-retention annotation cannot be shared across modules without exporting it).
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
