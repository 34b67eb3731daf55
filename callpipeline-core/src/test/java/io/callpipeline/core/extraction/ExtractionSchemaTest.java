package io.callpipeline.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A host's record read as what to extract: names for the model and the store, labels for the agent. */
class ExtractionSchemaTest {

    record ClinicVisit(@Label("סיבת הפנייה") @JsonProperty("reason") String why, String doctor, int urgency) {
    }

    record Nothing() {
    }

    @Test
    void fieldsKeepTheRecordsOrderTheirJsonNamesAndTheirLabels() {
        ExtractionSchema<ClinicVisit> schema = ExtractionSchema.of(ClinicVisit.class);

        assertThat(schema.name()).isEqualTo("clinic-visit");
        assertThat(schema.type()).isEqualTo(ClinicVisit.class);
        assertThat(schema.fields()).containsExactly(new ExtractionSchema.FieldLabel("reason", "סיבת הפנייה"),
                new ExtractionSchema.FieldLabel("doctor", "doctor"), new ExtractionSchema.FieldLabel("urgency", "urgency"));
    }

    @Test
    void theDefaultIsTodaysRealEstateFieldsInHebrew() {
        assertThat(ExtractionSchema.REAL_ESTATE.name()).isEqualTo("real-estate-lead");
        assertThat(ExtractionSchema.REAL_ESTATE.fields()).extracting(ExtractionSchema.FieldLabel::label)
                .containsExactly("תקציב", "חדרים", "אזור", "סוג נכס", "מועד");
        assertThat(ExtractionSchema.REAL_ESTATE.fields()).extracting(ExtractionSchema.FieldLabel::name)
                .containsExactly("budget", "rooms", "area", "property_type", "timeframe");
    }

    @Test
    void aNameTheStoresCannotKeepOrARecordWithNothingToExtractIsRefused() {
        assertThatThrownBy(() -> ExtractionSchema.of("Clinic Visit", ClinicVisit.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Clinic Visit'");
        assertThatThrownBy(() -> ExtractionSchema.of("x".repeat(65), ClinicVisit.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExtractionSchema.of(Nothing.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing to extract");
    }

    @Test
    void extractedFieldsAnswerByNameAndSayWhetherAnythingWasSaid() {
        ExtractedFields fields = new ExtractedFields("clinic-visit", List.of(new ExtractedField("reason", "סיבה", null),
                new ExtractedField("doctor", "", "ד״ר כהן")));

        assertThat(fields.value("doctor")).contains("ד״ר כהן");
        assertThat(fields.value("reason")).isEmpty();
        assertThat(fields.fields().get(1).label()).as("a blank label shows the name").isEqualTo("doctor");
        assertThat(fields.anySaid()).isTrue();
        assertThat(new ExtractedFields("x", List.of(new ExtractedField("a", "א", null))).anySaid()).isFalse();
    }
}
