package org.apprenticeship.standard.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library's value types, for the packages outside the model (the
 * model's own package declares the same style): implementation classes hidden, builders extended
 * by a public {@code Builder} nested in each type, JDK collections only, depluralized adders.
 *
 * <p>The generated builder is package-private, so that Javadoc documents its methods as members of
 * the public {@code Builder} (it does not for a public class nested in a package-private one). No
 * annotation found on the class path is added to generated code ({@code Override} stands for
 * none): {@code @org.immutables.value.Generated} on the builders would make javac warn in every
 * project that compiles against the library without Immutables.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    allowedClasspathAnnotations = Override.class,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"duty:duties", "criterion:criteria", "evidence:evidence"},
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
