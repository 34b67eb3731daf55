package io.callpipeline.core.extraction;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the agent reads beside a field the model extracted, in the agent's language ("תקציב" for
 * {@code budget}). The field's JSON name is for the model and the store; this is for people, so the
 * tab can show any host's fields without knowing them. A component without it shows its JSON name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Label {

    /** The label, e.g. {@code "תקציב"}. */
    String value();
}
