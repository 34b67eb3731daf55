package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.transcription.Transcript;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's ending in wordings no list holds, in Hebrew, Arabic, Russian, French, Spanish, German,
 * Turkish and Amharic, is caught by its ideas; a caller who thanks, says goodbye, saw the flat's
 * video or signs a contract is not.
 */
class VideoOutroRuleTest {

    private final VideoOutroRule rule = new VideoOutroRule();

    private boolean fires(String text) {
        return rule.check(TranscriptFeatures.of(new Transcript("he", text, List.of(), "whisper-1", null))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "תנו לייק לסרטון ונתראה בפעם הבאה",
        "תודה רבה שצפיתם עד הסוף",
        "אל תשכחו ללחוץ על הפעמון ולהירשם",
        "نشكركم على المشاهدة",
        "شاركوا الفيديو مع أصدقائكم",
        "Подписывайтесь и не забудьте поставить лайк",
        "Увидимся в новом видео",
        "Merci pour votre visionnage, à la prochaine",
        "Dale like al video y nos vemos",
        "Danke fürs Zuschauen und abonniert den Kanal",
        "Videoyu beğenmeyi unutmayın",
        "ቻናላችንን ላይክ አድርጉ",
        "Traduction : Marie Dubois",
        "Sous-titrage FR : Patrick",
    })
    void anEndingInWordsNoListHoldsIsCaught(String ending) {
        assertThat(fires(ending)).as(ending).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "תודה, נתראה ביום שני בדירה",
        "ראיתי את הסרטון של הדירה ביוטיוב, אפשר לבוא לראות אותה בשבוע הבא?",
        "היי, רציתי להגיד תודה על הצפייה אתמול, הדירה מצאה חן בעינינו",
        "שלום, אני מחפש דירה בחיפה. תודה רבה. תודה שצפיתם!",
        "شكرا، شفت الفيديو تبع الشقة، بدي أشوفها بكرة",
        "Алло, квартира в Ашкелоне ещё продаётся? Мы готовы быстро подписать",
        "Спасибо, до встречи в понедельник у нотариуса, договор уже готов",
        "Thanks, see you next week at the flat",
        "I saw your video tour of the flat, can I come see it this week?",
        "I'd like you to share the floor plan with my wife please",
        "Gracias, ¿podemos ver el departamento mañana?",
        "Merci, on se retrouve devant l'immeuble à dix heures",
        "Translation of the contract into Russian, can you arrange it?",
    })
    void aCallerWhoSaysSuchWordsAmongHisOwnIsNotCaught(String call) {
        assertThat(fires(call)).as(call).isFalse();
    }
}
