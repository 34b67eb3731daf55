package io.callpipeline.crm.persistence;

import io.callpipeline.core.owner.CallOwner;
import java.sql.PreparedStatement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 7.1: the calls and customers that existed before owners did are given the configured
 * default agency ({@code callpipeline.routing.default-agency}), or stay unrouted when there is none.
 * A Java migration because the agency is the host's setting, not a constant an SQL file could hold
 * (a Flyway placeholder would make the script's checksum change with the setting).
 */
public final class DefaultOwnerMigration implements JavaMigration {

    private final CallOwner owner;

    public DefaultOwnerMigration(CallOwner owner) {
        this.owner = owner;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7.1");
    }

    @Override
    public String getDescription() {
        return "default owner";
    }

    /** None: the agency is the host's to change, and rows given one stay with it. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        if (owner.unrouted()) {
            return;
        }
        for (String table : new String[] {"callpipeline_call_log", "callpipeline_customer"}) {
            try (PreparedStatement update = context.getConnection().prepareStatement(
                    "update " + table + " set owner_agency = ? where owner_agency = ?")) {
                update.setString(1, owner.agency());
                update.setString(2, CallOwner.UNROUTED_AGENCY);
                update.executeUpdate();
            }
        }
    }
}
