package io.callpipeline.spring.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * Makes our schema beans wait for the host's own migrations (Spring Boot's Flyway or Liquibase
 * initializer). Our tables have their own Flyway history, but Flyway refuses to start a host's
 * history in a schema that is not empty: had our tables been created first on a fresh database,
 * the host's first migration would fail, or be skipped by {@code baseline-on-migrate}. Run after
 * the host's, ours find a schema with the host's history in it and add theirs beside it.
 */
public final class AfterHostMigrations implements BeanFactoryPostProcessor {

    /** Spring Boot's beans that run a host's migrations when the context starts. */
    static final List<String> HOST_MIGRATION_TYPES = List.of(
            "org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer",
            "liquibase.integration.spring.SpringLiquibase");

    private final Set<String> schemaBeans;

    /** @param schemaBeans the names of the beans that create our tables */
    public AfterHostMigrations(String... schemaBeans) {
        this.schemaBeans = new LinkedHashSet<>(Arrays.asList(schemaBeans));
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> hostMigrations = new ArrayList<>();
        ClassLoader loader = beanFactory.getBeanClassLoader();
        for (String type : HOST_MIGRATION_TYPES) {
            if (ClassUtils.isPresent(type, loader)) {
                Class<?> migrationType = ClassUtils.resolveClassName(type, loader);
                hostMigrations.addAll(Arrays.asList(beanFactory.getBeanNamesForType(migrationType, true, false)));
            }
        }
        hostMigrations.removeAll(schemaBeans);
        if (hostMigrations.isEmpty()) {
            return;
        }
        for (String name : schemaBeans) {
            if (beanFactory.containsBeanDefinition(name)) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                Set<String> dependsOn = new LinkedHashSet<>();
                if (definition.getDependsOn() != null) {
                    dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
                }
                dependsOn.addAll(hostMigrations);
                definition.setDependsOn(dependsOn.toArray(String[]::new));
            }
        }
    }
}
