package io.callpipeline.crm.access;

/**
 * Decides which owners the current user may see and act on. The one access rule of the calls API,
 * the audio, the exports and the host's pages: each of them asks it once per request and hands the
 * scope to every query, so no endpoint can forget it. The default with Spring Security,
 * {@link AuthorityCallAccess}, reads the user's authorities; a host that maps its principals to
 * agencies in its own way replaces it with one bean.
 */
@FunctionalInterface
public interface CallAccess {

    /** What the user of the current request may see; {@link AccessScope#NONE} when nobody is logged in. */
    AccessScope currentScope();
}
