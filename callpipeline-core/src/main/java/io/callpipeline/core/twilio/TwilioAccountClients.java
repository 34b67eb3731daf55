package io.callpipeline.core.twilio;

import com.twilio.http.TwilioRestClient;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.http.RequestInstrumentation;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each of the app's Twilio accounts with its own way in (a REST client and a media downloader on
 * its credentials), so a subaccount with a token of its own is read with that token, and a
 * recording of an account that is not ours is refused before any request is made.
 */
final class TwilioAccountClients {

    /** One account's REST client (with our HTTP client when we built it) and media downloader. */
    record Access(TwilioRestClient client, BaseUrlTwilioHttpClient http, TwilioMediaDownloader media) {

        /** What Twilio last answered this account's REST client, for a failure's message. */
        Optional<BaseUrlTwilioHttpClient.LastAnswer> lastAnswer() {
            return http == null ? Optional.empty() : http.lastAnswer();
        }
    }

    private final String mainAccount;
    private final Map<String, Access> accounts;

    /**
     * @param hostClient a REST client of the host's making for the main account, or null to build one
     * @param others every other account's user name and secret, by account SID
     */
    TwilioAccountClients(String mainAccount, String username, String password, TwilioRestClient hostClient,
            Map<String, String[]> others, URI baseUrl, MediaDownloadSettings mediaSettings,
            RequestInstrumentation requests) {
        this.mainAccount = mainAccount;
        BaseUrlTwilioHttpClient http = hostClient != null ? null : new BaseUrlTwilioHttpClient(baseUrl, requests);
        Map<String, Access> all = new LinkedHashMap<>();
        all.put(mainAccount, new Access(hostClient != null ? hostClient : restClient(mainAccount, username, password, http),
                http, new TwilioMediaDownloader(baseUrl, username, password, mediaSettings, requests)));
        others.forEach((account, credentials) -> {
            BaseUrlTwilioHttpClient own = new BaseUrlTwilioHttpClient(baseUrl, requests);
            all.put(account, new Access(restClient(account, credentials[0], credentials[1], own), own,
                    new TwilioMediaDownloader(baseUrl, credentials[0], credentials[1], mediaSettings, requests)));
        });
        this.accounts = Map.copyOf(all);
    }

    /** The account a call or recording is in: the one given, or the main account when none is. */
    String owner(String account) {
        return account == null ? mainAccount : account;
    }

    /**
     * @throws PermanentProcessingException with {@code recording_account_mismatch} for an account
     *         that is not one of ours
     */
    Access access(String account) {
        Access access = accounts.get(owner(account));
        if (access == null) {
            throw new PermanentProcessingException(ReasonCode.RECORDING_ACCOUNT_MISMATCH,
                    "Account " + account + " is not one of this app's Twilio accounts");
        }
        return access;
    }

    /** Every account, the main one included. */
    Map<String, Access> all() {
        return accounts;
    }

    private static TwilioRestClient restClient(String account, String username, String password,
            BaseUrlTwilioHttpClient http) {
        return new TwilioRestClient.Builder(username, password).accountSid(account).httpClient(http).build();
    }
}
