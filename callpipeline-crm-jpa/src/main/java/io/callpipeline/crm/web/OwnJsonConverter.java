package io.callpipeline.crm.web;

import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the calls API's own types with a JSON mapper of our own, so the host's Jackson
 * settings ({@code spring.jackson.property-naming-strategy=SNAKE_CASE}, say) cannot change the
 * field names the tab and other clients read. It declines every other type, which the host's
 * converters keep handling as before.
 */
public final class OwnJsonConverter extends JacksonJsonHttpMessageConverter {

    private static final String OUR_TYPES = "io.callpipeline.";

    public OwnJsonConverter() {
        super(JsonMapper.builder().build());
    }

    @Override
    protected boolean supports(Class<?> type) {
        return isOurs(type);
    }

    @Override
    public boolean canRead(ResolvableType type, MediaType mediaType) {
        return isOurs(type.toClass()) && super.canRead(type, mediaType);
    }

    @Override
    public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
        return isOurs(valueClass) && super.canWrite(type, valueClass, mediaType);
    }

    static boolean isOurs(Class<?> type) {
        return type != null && type.getName().startsWith(OUR_TYPES);
    }
}
