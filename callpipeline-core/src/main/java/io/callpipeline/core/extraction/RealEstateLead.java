package io.callpipeline.core.extraction;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Optional;

/**
 * What a real-estate agent needs to know about a lead: the default {@link ExtractionSchema}. Values stay
 * as the caller phrased them (in Hebrew), since "עד 2.5 מיליון" carries more than a number would; each is
 * empty when the caller did not say it. The descriptions are part of the schema the model reads.
 */
@JsonClassDescription("מה שהמתקשר אמר על מה שהוא מחפש; פרט שלא נאמר הוא null")
public record RealEstateLead(
        @Label("תקציב") @JsonProperty(value = "budget", required = true)
        @JsonPropertyDescription("התקציב כפי שנאמר, למשל 'עד 2.5 מיליון ₪'")
        Optional<String> budget,
        @Label("חדרים") @JsonProperty(value = "rooms", required = true)
        @JsonPropertyDescription("מספר החדרים המבוקש")
        Optional<String> rooms,
        @Label("אזור") @JsonProperty(value = "area", required = true)
        @JsonPropertyDescription("עיר, שכונה או אזור")
        Optional<String> area,
        @Label("סוג נכס") @JsonProperty(value = "property_type", required = true)
        @JsonPropertyDescription("סוג הנכס, למשל דירה, בית פרטי, פנטהאוז")
        Optional<String> propertyType,
        @Label("מועד") @JsonProperty(value = "timeframe", required = true)
        @JsonPropertyDescription("מתי הלקוח רוצה לעבור או לסגור")
        Optional<String> timeframe) {
}
