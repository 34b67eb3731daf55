package io.callpipeline.core.extraction;

import java.util.Objects;

/**
 * One field the model extracted from a call, as the caller said it.
 *
 * @param name  the field's JSON name in the host's schema ({@code budget})
 * @param label what the agent reads beside it ({@code תקציב})
 * @param value the value as text ({@code null} when the caller did not say it); a number or a yes/no
 *              as written in JSON, a list as its items joined by ", "
 */
public record ExtractedField(String name, String label, String value) {

    public ExtractedField {
        Objects.requireNonNull(name, "name");
        label = label == null || label.isBlank() ? name : label;
    }
}
