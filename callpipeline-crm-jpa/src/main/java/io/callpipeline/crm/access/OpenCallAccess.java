package io.callpipeline.crm.access;

/**
 * Every call to anyone who reaches the API: only when the host says so
 * ({@code callpipeline.crm.api.open=true}), for an app whose calls API sits behind protection of
 * its own (an internal network, a gateway) and has no Spring Security. Never a default.
 */
public final class OpenCallAccess implements CallAccess {

    @Override
    public AccessScope currentScope() {
        return AccessScope.ALL;
    }

    @Override
    public String toString() {
        return "open to anyone who reaches it (callpipeline.crm.api.open=true)";
    }
}
