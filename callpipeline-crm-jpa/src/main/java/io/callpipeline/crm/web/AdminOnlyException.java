package io.callpipeline.crm.web;

/**
 * An action only admins may take (erasure, reading the access log), asked by someone else: 403,
 * since the endpoint's existence is no secret, while a row outside the user's scope still answers 404.
 */
public class AdminOnlyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AdminOnlyException(String action) {
        super("Only an admin (a user who sees every agency's calls) may " + action);
    }
}
