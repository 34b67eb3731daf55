package io.callpipeline.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's errors are scoped to the CRM's controllers by name, so a controller left off the list
 * answers a missing call or a bad request with a 500 and a stack trace (seen when the tasks' controller
 * was added): every controller of the extension must be on it.
 */
class CrmApiErrorsScopeTest {

    @Test
    void everyControllerOfTheExtensionHasItsErrorsAnsweredAsProblemDetails() throws Exception {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<Class<?>> controllers = new java.util.ArrayList<>();
        for (var candidate : scan.findCandidateComponents("io.callpipeline.crm.web")) {
            controllers.add(Class.forName(candidate.getBeanClassName()));
        }

        assertThat(controllers).hasSizeGreaterThanOrEqualTo(8);
        assertThat(CrmApiErrors.class.getAnnotation(RestControllerAdvice.class).assignableTypes())
                .containsExactlyInAnyOrderElementsOf(controllers);
    }
}
