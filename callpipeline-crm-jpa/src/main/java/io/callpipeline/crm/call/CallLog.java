package io.callpipeline.crm.call;

import io.callpipeline.core.call.Origin;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.owner.CallOwner;
import io.callpipeline.core.recording.CallDirection;
import io.callpipeline.crm.customer.Customer;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One recorded call in the CRM: the callback Twilio sent, what Twilio's API said of the recording
 * and the call, how far processing got and why it stopped, and the customer it belongs to
 * ({@code null} while unassigned, as for withheld numbers). Written by {@link JpaTranscriptStore}
 * after every pipeline step, so the page shows progress and a retry resumes where it stopped. Its
 * owner (agency, optionally agent) decides who may see it: see {@code CallAccess}.
 */
@Entity(name = "CallpipelineCallLog")
@DynamicUpdate // a step's save writes the columns it changed, not all forty
@Table(name = "callpipeline_call_log")
public class CallLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "owner_agency", length = CallOwner.MAX_ID_LENGTH, nullable = false)
    String ownerAgency = CallOwner.UNROUTED_AGENCY;
    @Column(name = "owner_agent", length = CallOwner.MAX_ID_LENGTH)
    String ownerAgent;

    @Column(name = "account_sid", length = 64)
    String accountSid;
    @Column(name = "call_sid", length = 64, nullable = false)
    String callSid;
    @Column(name = "recording_sid", length = 64, nullable = false, unique = true)
    String recordingSid;

    @Column(name = "callback_url", length = 2000)
    String callbackUrl;
    @Column(name = "callback_status", length = 32)
    String callbackStatus;
    @Column(name = "callback_duration")
    Integer callbackDuration;
    @Column(name = "callback_channels")
    Integer callbackChannels;
    @Column(name = "callback_source", length = 64)
    String callbackSource;
    @Column(name = "callback_started_at")
    Instant callbackStartedAt;
    @Column(name = "callback_error_code")
    Integer callbackErrorCode;

    @Column(nullable = false)
    boolean verified;
    @Column(name = "recording_status", length = 32)
    String recordingStatus;
    @Column(name = "recording_duration")
    Integer recordingDuration;
    @Column(name = "recording_channels")
    Integer recordingChannels;
    @Column(name = "recording_source", length = 64)
    String recordingSource;
    @Column(name = "recording_started_at")
    Instant recordingStartedAt;
    /** Set by the retention purge, never by the pipeline: a step's save leaves it as it is. */
    @Column(name = "audio_deleted_at", insertable = false, updatable = false)
    Instant audioDeletedAt;

    @Column(name = "call_known", nullable = false)
    boolean callKnown;
    @Column(name = "from_number", length = 64)
    String fromNumber;
    @Column(name = "to_number", length = 64)
    String toNumber;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    CallDirection direction;
    @Column(name = "call_started_at")
    Instant callStartedAt;
    @Column(name = "call_duration")
    Integer callDuration;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    ProcessingStage stage;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    CallStatus status;
    @Column(nullable = false)
    int attempts;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    Origin origin = Origin.CALLBACK;

    @Column(name = "last_error_code", length = 64)
    String lastErrorCode;
    @Column(name = "last_error", length = 2000)
    String lastError;
    @Column(name = "last_error_retryable")
    Boolean lastErrorRetryable;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    private long version;

    @OneToOne(mappedBy = "callLog", cascade = CascadeType.ALL, optional = true)
    private CallTranscript transcript;

    /**
     * The agent's tasks from this call's answers, as {@link CallHistory} read them with the call (one query
     * for a whole page of calls); not a mapped collection, which a view built after the session closed
     * (no open-in-view) could not load.
     */
    @jakarta.persistence.Transient
    private java.util.List<CallTask> tasks;

    /** The replies sent to the caller, read with the call likewise, oldest first. */
    @jakarta.persistence.Transient
    private java.util.List<SentReply> replies;

    @Column(name = "search_text")
    String searchText;

    /** When a re-answer claimed the call; {@code null} while none runs (see {@link CallReanswer}). */
    @Column(name = "reanswer_started_at")
    Instant reanswerStartedAt;

    /** The claim of the run processing the call (see {@link io.callpipeline.core.store.RunClaim}); never mapped from a record. */
    @Column(name = "run_claim", length = 36)
    String runClaim;

    protected CallLog() {
    }

    public Long getId() {
        return id;
    }

    /** The customer, or {@code null} while the call is unassigned. */
    public Customer getCustomer() {
        return customer;
    }

    void setCustomer(Customer customer) {
        this.customer = customer;
    }

    /** Whose call it is: its agency (or {@link CallOwner#UNROUTED}), and the agent when one was routed. */
    public CallOwner getOwner() {
        return new CallOwner(ownerAgency, ownerAgent);
    }

    void setOwner(CallOwner owner) {
        this.ownerAgency = owner.agency();
        this.ownerAgent = owner.agent();
    }

    /** The Twilio account (or subaccount) the recording belongs to, as the callback named it. */
    public String getAccountSid() {
        return accountSid;
    }

    public String getCallSid() {
        return callSid;
    }

    public String getRecordingSid() {
        return recordingSid;
    }

    /** The caller as Twilio gives it (E.164, or e.g. {@code Anonymous}); {@code null} until the call is fetched. */
    public String getFromNumber() {
        return fromNumber;
    }

    /** The other party's number: the caller of an inbound call, the callee of an outbound one. */
    public String getCounterpartNumber() {
        return isOutbound() ? toNumber : fromNumber;
    }

    public boolean isOutbound() {
        return direction == CallDirection.OUTBOUND;
    }

    public String getToNumber() {
        return toNumber;
    }

    /** Which way the call went; {@code null} until the call is fetched, or when the provider did not say. */
    public CallDirection getDirection() {
        return direction;
    }

    /** When the call happened, as well as it is known (the call's start, else the recording's, else arrival). */
    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** The recording's length in seconds, or {@code null} when unknown. */
    public Integer getDurationSeconds() {
        if (recordingDuration != null) {
            return recordingDuration;
        }
        if (callbackDuration != null) {
            return callbackDuration;
        }
        return transcript != null && transcript.audioSeconds != null
                ? (int) Math.round(transcript.audioSeconds) : null;
    }

    public CallStatus getStatus() {
        return status;
    }

    /** The last step finished (the pipeline's stage). */
    public ProcessingStage getStage() {
        return stage;
    }

    /** Processing runs so far, the first included. */
    public int getAttempts() {
        return attempts;
    }

    /** How the call became known: its callback, or reconciliation. */
    public Origin getOrigin() {
        return origin;
    }

    /** The reason code of the last failure, or {@code null}. */
    public String getLastErrorCode() {
        return lastErrorCode;
    }

    public String getLastError() {
        return lastError;
    }

    /**
     * Whether Twilio has the audio: the recording was verified, or the callback said it was
     * completed, and its retention window has not deleted it.
     */
    public boolean hasAudio() {
        return audioDeletedAt == null && (verified || ("completed".equals(callbackStatus) && status != CallStatus.REJECTED));
    }

    /** When the audio was deleted for outliving its retention window; {@code null} while it is kept. */
    public Instant getAudioDeletedAt() {
        return audioDeletedAt;
    }

    /** Brings what the call is searched by up to date with its transcript, answer and customer. */
    void refreshSearchText() {
        this.searchText = CallSearchText.of(this);
    }

    /** The agent's tasks from this call, in the order proposed, as read with the call by {@link CallHistory}. */
    public java.util.List<CallTask> getTasks() {
        return tasks == null ? java.util.List.of() : tasks;
    }

    void tasksRead(java.util.List<CallTask> read) {
        this.tasks = java.util.List.copyOf(read);
    }

    /** The replies sent to the caller, oldest first, as read with the call by {@link CallHistory}. */
    public java.util.List<SentReply> getReplies() {
        return replies == null ? java.util.List.of() : replies;
    }

    void repliesRead(java.util.List<SentReply> read) {
        this.replies = java.util.List.copyOf(read);
    }

    public CallTranscript getTranscript() {
        return transcript;
    }

    void setTranscript(CallTranscript transcript) {
        this.transcript = transcript;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
