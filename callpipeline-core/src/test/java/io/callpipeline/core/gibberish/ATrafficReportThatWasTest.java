package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A traffic report's close ("זה היה דיווח התנועה, סעו בזהירות", "And that's your traffic update, drive safely",
 * "C'était l'info trafic"): the hundred-and-twenty-seventh held-back set closed one in Hebrew, and the guard knew a
 * forecast's and a horoscope's heading but not the roads'. A caller stuck in traffic says what the report told him,
 * and where he is, in his own words.
 */
class ATrafficReportThatWasTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "וזה היה דיווח התנועה, שיהיה לכם ערב טוב.",
        "And that's your traffic update. Drive safely, everyone.",
        "كانت هذه نشرة المرور، قودوا بحذر.",
        "Это была сводка о пробках. Счастливого пути!",
        "C'était l'info trafic. Soyez prudents sur la route !",
        "Este fue el reporte de tráfico. ¡Buen viaje!",
    })
    void aTrafficReportThatWasIsABroadcastsEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "דיווח התנועה אומר שאיילון חסום, אני אאחר בחצי שעה",
        "The traffic update says the highway is closed, I'll be twenty minutes late.",
        "Ayalon is completely blocked, I heard it on the traffic update.",
        "حسب نشرة المرور الطريق مسكر، رح أتأخر شوي",
        "Сводка о пробках говорит, что Аялон стоит, я опоздаю минут на двадцать.",
        "L'info trafic annonce des bouchons, je serai en retard pour la visite.",
    })
    void aCallerInTrafficPasses(String text) {
        assertPasses(text);
    }
}
