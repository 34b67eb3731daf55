package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forty-five callers written after the twenty-seventh's and twenty-eighth's rules, in eleven languages, who say what
 * those rules now read: "everything" and "today" ("היום סיימנו הכל עם עורך הדין"), a hug or a kiss ("Hugs to everyone
 * at the office", "بوسات للعيلة"), a number after a contract's chapter or clause ("סעיף מספר ארבע", "пункт номер
 * четыре") or asked for, and whole messages in Chinese, Japanese and Thai, read word by word since. All passed when
 * written; they hold the rules to their callers.
 */
class WrapUpsHugsAndNumbersCallersSayTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "זה הכל מה שרציתי להגיד היום, תחזור אליי",
        "הכל היום בסדר בדירה, רק הברז מטפטף",
        "היום סיימנו הכל עם עורך הדין, תודה רבה",
        "זהו, זה הכל בשבילי להיום, נדבר מחר על החוזה",
        "אני אוהבת את הדירה, חיבוקים לכולכם במשרד",
        "חיבוק גדול ותודה על הכל, נתראה בחתימה",
        "מה המספר של הדירה? שכחתי",
        "פרק שלוש בחוזה, סעיף מספר ארבע, לא ברור לי",
        "היום הכל היה מושלם, תודה, אוהבת אתכם",
        "כל היום ניסיתי להשיג אותך, תחזור אליי",
        "هذا كل شي بدي ياه اليوم، رجعلي بكرة",
        "اليوم خلصنا كل شي عند المحامي، شكرا كتير",
        "بوسات للعيلة، وشكرا على الشقة",
        "شو رقم الشقة؟ نسيت",
        "الفصل الثالث بالعقد، البند رقم أربعة مش واضح",
        "На сегодня у меня всё, завтра перезвоню насчёт договора",
        "Сегодня всё подписали, спасибо, обнимаю",
        "Какой номер квартиры? Я забыла",
        "Глава третья договора, пункт номер четыре, непонятно",
        "Целую, спасибо за квартиру, мы очень довольны",
        "Всё, на сегодня хватит, пришлите договор завтра",
        "That's all I have for today, call me tomorrow about the lease",
        "Hugs to everyone at the office, we love the new flat",
        "What's the apartment number? I forgot",
        "Chapter three of the contract, clause number four, I don't get it",
        "Today was all about the move, thanks for everything, hugs",
        "I've been calling all day today, please call me back",
        "C'est tout pour aujourd'hui, je vous rappelle demain pour le bail",
        "Gros bisous à toute l'équipe, on adore l'appartement",
        "Quel est le numéro de l'appartement ? J'ai oublié",
        "Eso es todo por hoy, mañana te llamo por el contrato",
        "Un abrazo enorme a todos, nos encanta el piso",
        "¿Cuál es el número del piso? Se me olvidó",
        "Capítulo tres del contrato, cláusula número cuatro, no lo entiendo",
        "ዛሬ ሁሉም ነገር ጥሩ ነው፣ ነገ እደውላለሁ",
        "谢谢你，房子很好，我们下个月搬进去",
        "你好，我想租一个两室的公寓，在特拉维夫，预算六千谢克尔",
        "谢谢大家的帮助，合同我明天签",
        "こんにちは、テルアビブで部屋を探しています、予算は五千シェケルです",
        "ありがとうございます、契約書は明日送ってください",
        "สวัสดีค่ะ หนูหาห้องเช่าแถวบัทยัม งบประมาณห้าพันเชเกลค่ะ",
        "ขอบคุณมากครับ พรุ่งนี้ผมจะโอนเงินมัดจำครับ",
        "ขอบคุณทุกคนครับ ห้องสวยมาก เราจะย้ายเข้าเดือนหน้า",
        "Salamat po sa video, pwede po ba naming makita sa Sabado?",
        "धन्यवाद, वीडियो अच्छा था, हम शनिवार को आ सकते हैं",
    })
    void aCallerIsACall(String text) {
        assertPasses(text);
    }
}
