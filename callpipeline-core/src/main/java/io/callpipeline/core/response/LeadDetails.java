package io.callpipeline.core.response;

/**
 * What a real-estate agent needs to know about a lead, each item {@code null} when the caller did
 * not say it. Values stay as the caller phrased them (in Hebrew), since "עד 2.5 מיליון" carries
 * more than a number would.
 *
 * @param budget       e.g. "עד 2.5 מיליון ₪"
 * @param rooms        e.g. "4"
 * @param area         city or neighbourhood, e.g. "רמת גן"
 * @param propertyType e.g. "דירה", "פנטהאוז"
 * @param timeframe    e.g. "תוך חודשיים"
 */
public record LeadDetails(String budget, String rooms, String area, String propertyType, String timeframe) {

    /** Nothing known. */
    public static LeadDetails none() {
        return new LeadDetails(null, null, null, null, null);
    }
}
