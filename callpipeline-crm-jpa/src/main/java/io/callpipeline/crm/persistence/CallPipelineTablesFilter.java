package io.callpipeline.crm.persistence;

import java.util.Locale;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.spi.SchemaFilter;
import org.hibernate.tool.schema.spi.SchemaFilterProvider;

/**
 * Keeps Hibernate's schema tool ({@code spring.jpa.hibernate.ddl-auto}) away from the
 * {@code callpipeline_*} tables: our Flyway migrations own them. Without it a host on an embedded
 * database, where Boot defaults to {@code create-drop}, would drop the CRM's calls at every restart.
 */
public class CallPipelineTablesFilter implements SchemaFilterProvider {

    private static final SchemaFilter OTHERS_ONLY = new SchemaFilter() {
        @Override
        public boolean includeNamespace(Namespace namespace) {
            return true;
        }

        @Override
        public boolean includeTable(Table table) {
            return !table.getName().toLowerCase(Locale.ROOT).startsWith("callpipeline_");
        }

        @Override
        public boolean includeSequence(Sequence sequence) {
            return true;
        }
    };

    @Override
    public SchemaFilter getCreateFilter() {
        return OTHERS_ONLY;
    }

    @Override
    public SchemaFilter getDropFilter() {
        return OTHERS_ONLY;
    }

    @Override
    public SchemaFilter getTruncatorFilter() {
        return OTHERS_ONLY;
    }

    @Override
    public SchemaFilter getMigrateFilter() {
        return OTHERS_ONLY;
    }

    @Override
    public SchemaFilter getValidateFilter() {
        return OTHERS_ONLY;
    }
}
