package io.callpipeline.crm.persistence;

import io.callpipeline.spring.store.CallPipelineSchema;
import javax.sql.DataSource;

/**
 * The CRM extension's tables, migrated by Flyway from {@code classpath:db/callpipeline-crm/{vendor}}
 * with their own history table, apart from both the host's migrations and the starter's.
 */
public final class CrmSchema {

    /** The CRM's Flyway history table. */
    public static final String HISTORY_TABLE = "callpipeline_crm_schema_history";

    private final CallPipelineSchema schema;

    public CrmSchema(DataSource dataSource) {
        this.schema = new CallPipelineSchema(dataSource, "db/callpipeline-crm", HISTORY_TABLE);
    }

    public void migrate() {
        schema.migrate();
    }
}
