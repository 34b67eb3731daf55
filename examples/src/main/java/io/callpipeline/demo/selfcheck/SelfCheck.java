package io.callpipeline.demo.selfcheck;

import com.openai.client.OpenAIClient;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.type.PhoneNumber;
import io.callpipeline.core.twilio.BaseUrlTwilioHttpClient;
import io.callpipeline.core.twilio.TwilioRecordingSource;
import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallStatus;
import io.callpipeline.demo.DemoProperties;
import io.callpipeline.spring.autoconfigure.CallPipelineProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seed's "technical checks", each really performed: the webhook answers POST only, Twilio takes
 * our credentials and the number's voice URL points here, the transcription and chat models exist
 * at the provider, the database takes a write, and the last processed call is in the CRM. Nothing
 * is green that was not checked; in sandbox mode the providers are the sandbox's.
 */
@Component
public class SelfCheck {

    private final CallPipelineProperties pipeline;
    private final DemoProperties demo;
    private final ObjectProvider<OpenAIClient> openAi;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CallHistory calls;
    private final CallAccess access;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SelfCheck(CallPipelineProperties pipeline, DemoProperties demo, ObjectProvider<OpenAIClient> openAi,
            JdbcTemplate jdbc, PlatformTransactionManager transactionManager, CallHistory calls, CallAccess access) {
        this.pipeline = pipeline;
        this.demo = demo;
        this.openAi = openAi;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.calls = calls;
        this.access = access;
    }

    /** @param localBaseUrl the app as this machine reaches it, e.g. {@code http://localhost:8080} */
    public List<Check> run(String localBaseUrl) {
        List<Check> checks = new ArrayList<>();
        String suffix = demo.sandbox().enabled() ? " (ארגז חול)" : "";
        checks.add(guard("ה-webhook ממופה ועונה ל-POST בלבד", () -> webhook(localBaseUrl)));
        TwilioRestClient twilio = twilioClient();
        checks.add(guard("פרטי הגישה לטוויליו תקינים" + suffix, () -> twilioAccount(twilio)));
        checks.add(guard("מספר הטלפון בטוויליו מפנה לאפליקציה" + suffix, () -> twilioNumber(twilio, localBaseUrl)));
        checks.add(guard("שירות התמלול זמין עם המודל שהוגדר" + suffix,
                () -> model(pipeline.openai().transcriptionModel(), "התמלול")));
        checks.add(guard("מודל השפה (LLM) זמין" + suffix, () -> model(pipeline.openai().chatModel(), "התשובה")));
        checks.add(guard("מסד הנתונים מקבל כתיבה", this::database));
        checks.add(guard("השיחה האחרונה שעובדה מופיעה ב-CRM", this::lastCall));
        return checks;
    }

    private static Check guard(String name, Supplier<Check> check) {
        try {
            Check result = check.get();
            return new Check(name, result.status(), result.reason());
        } catch (RuntimeException e) {
            return Check.failed(name, e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
        }
    }

    private Check webhook(String localBaseUrl) {
        URI url = URI.create(localBaseUrl + pipeline.webhook().path());
        int get = send(HttpRequest.newBuilder(url).GET());
        int unsigned = send(HttpRequest.newBuilder(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("RecordingSid=&CallSid=")));
        if (get == 405 && unsigned == 400) {
            return Check.passed("", pipeline.webhook().path() + ": GET ענה 405, POST ללא נתונים ענה 400");
        }
        return Check.failed("", "GET ענה " + get + " (צפוי 405), POST ללא נתונים ענה " + unsigned + " (צפוי 400)");
    }

    private Check twilioAccount(TwilioRestClient twilio) {
        Account account = Account.fetcher(pipeline.twilio().accountSid()).fetch(twilio);
        return account.getStatus() == Account.Status.ACTIVE
                ? Check.passed("", "החשבון " + mask(account.getSid()) + " פעיל")
                : Check.failed("", "החשבון " + mask(account.getSid()) + " במצב " + account.getStatus());
    }

    private Check twilioNumber(TwilioRestClient twilio, String localBaseUrl) {
        String number = demo.twilio().phoneNumber();
        if (number == null || number.isBlank()) {
            return Check.notChecked("", "לא הוגדר demo.twilio.phone-number");
        }
        URI publicBase = pipeline.webhook().publicBaseUrl();
        String base = publicBase != null ? publicBase.toString().replaceAll("/$", "") : localBaseUrl;
        String expected = base + pipeline.voice().path();
        for (IncomingPhoneNumber found : IncomingPhoneNumber.reader(pipeline.twilio().accountSid())
                .setPhoneNumber(new PhoneNumber(number)).limit(1).read(twilio)) {
            String voiceUrl = found.getVoiceUrl() == null ? "" : found.getVoiceUrl().toString();
            return voiceUrl.equals(expected)
                    ? Check.passed("", number + " ← " + voiceUrl + " (recordingStatusCallback נקבע ב-TwiML של "
                            + pipeline.voice().path() + ")")
                    : Check.failed("", number + " מפנה ל-" + (voiceUrl.isEmpty() ? "כלום" : voiceUrl) + " ולא ל-" + expected);
        }
        return Check.failed("", "המספר " + number + " לא נמצא בחשבון");
    }

    private Check model(String model, String what) {
        String id = openAi.getObject().models().retrieve(model).id();
        return Check.passed("", "המודל " + id + " (" + what + ") זמין ב-" + pipeline.openai().baseUrl());
    }

    private Check database() {
        transactions.executeWithoutResult(status -> {
            // an explicit id, so the check uses up no customer number; rolled back either way
            jdbc.update("insert into callpipeline_customer (id, name, phone, origin, created_at, version)"
                    + " values (-1, 'self-check', null, 'MANUAL', current_timestamp, 0)");
            status.setRollbackOnly();
        });
        return Check.passed("", "שורה נכתבה ובוטלה בטרנזקציה");
    }

    private Check lastCall() {
        // the user's own agencies only: the check names a customer
        List<CallLog> last = calls.recent(EnumSet.of(CallStatus.COMPLETED, CallStatus.GIBBERISH), false,
                access.currentScope(), 0, 1).items();
        if (last.isEmpty()) {
            return Check.notChecked("", "עוד לא עובדה אף שיחה");
        }
        CallLog call = last.get(0);
        return call.getCustomer() != null
                ? Check.passed("", call.getRecordingSid() + " מופיעה אצל הלקוח " + call.getCustomer().displayName())
                : Check.passed("", call.getRecordingSid() + " מופיעה במסך השיחות (לא משויכת, מספר חסוי)");
    }

    private int send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("האפליקציה לא ענתה: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private TwilioRestClient twilioClient() {
        CallPipelineProperties.Twilio twilio = pipeline.twilio();
        boolean apiKey = twilio.usesApiKey();
        TwilioRestClient.Builder builder = new TwilioRestClient.Builder(
                apiKey ? twilio.apiKeySid() : twilio.accountSid(), apiKey ? twilio.apiKeySecret() : twilio.authToken())
                .accountSid(twilio.accountSid());
        if (!TwilioRecordingSource.TWILIO_API.equals(twilio.baseUrl())) {
            builder.httpClient(new BaseUrlTwilioHttpClient(twilio.baseUrl()));
        }
        return builder.build();
    }

    private static String mask(String sid) {
        return sid == null || sid.length() < 8 ? "?" : sid.substring(0, 6) + "…" + sid.substring(sid.length() - 4);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
