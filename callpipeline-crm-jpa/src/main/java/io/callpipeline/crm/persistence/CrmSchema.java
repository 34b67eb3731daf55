package io.callpipeline.crm.persistence;

import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.spring.store.CallPipelineSchema;
import java.util.List;
import javax.sql.DataSource;

/**
 * The CRM extension's tables, migrated by Flyway from {@code classpath:db/callpipeline-crm/{vendor}}
 * with their own history table, apart from both the host's migrations and the starter's. Rows that
 * existed before owners did are given {@code defaultOwner} ({@link DefaultOwnerMigration}).
 */
public final class CrmSchema {

    /** The CRM's Flyway history table. */
    public static final String HISTORY_TABLE = "callpipeline_crm_schema_history";

    private final CallPipelineSchema schema;

    public CrmSchema(DataSource dataSource, CallOwner defaultOwner) {
        this.schema = new CallPipelineSchema(dataSource, "db/callpipeline-crm", HISTORY_TABLE,
                List.of(new DefaultOwnerMigration(defaultOwner)));
    }

    public void migrate() {
        schema.migrate();
    }
}
