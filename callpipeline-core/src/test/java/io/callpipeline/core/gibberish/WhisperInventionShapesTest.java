package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.language.ScriptAwareLanguageIdentifier;
import io.callpipeline.core.transcription.Transcript;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shapes of Whisper's inventions that a list of phrases cannot hold: sound captions in any
 * bracket or symbol and any language, counting loops, a single bare word, a web address alone;
 * and the real calls that resemble them and must stay speech.
 */
class WhisperInventionShapesTest {

    private static final HebrewGibberishDetector GUARD = new HebrewGibberishDetector();
    private static final ScriptAwareLanguageIdentifier IDENTIFIER = new ScriptAwareLanguageIdentifier();

    private static GibberishVerdict check(String text) {
        return GUARD.check(new Transcript("he", text, List.of(), "whisper-1", null)
                .inLanguage(IDENTIFIER.identify(text).code()));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        [מוזיקה]                                   | sound_annotation
        (מוזיקה ברקע)                              | sound_annotation
        [Music]                                    | sound_annotation
        (applause) (applause)                      | sound_annotation
        *laughs*                                   | sound_annotation
        ♪ la la la ♪                               | sound_annotation
        [МУЗЫКА]                                   | sound_annotation
        [موسيقى]                                   | sound_annotation
        [MÚSICA] [Aplausos]                        | sound_annotation
        (Musique douce)                            | sound_annotation
        【音楽が流れる】                              | sound_annotation
        <נשימות>                                   | sound_annotation
        APPLAUSE AND CHEERING                      | sound_annotation
        Untertitelung im Auftrag des ZDF für funk, 2017 | video_outro
        Don't forget to subscribe to the channel and hit the bell | video_outro
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10              | counting
        10 9 8 7 6 5 4 3 2 1                       | counting
        31. 32. 33. 34. 35. 36.                    | counting
        Music                                      | sound_annotation
        Шум                                        | sound_annotation
        مرحبا                                      | no_content
        www.example.com                            | no_content
        https://www.youtube.com/channel/abc        | no_content
        amara.org                                  | no_content
        המשך יבוא...                               | hallucination_phrase
        To be continued...                         | hallucination_phrase
        À suivre...                                | hallucination_phrase
        Continuará...                              | no_content
        Fortsetzung folgt                          | hallucination_phrase
        يتبع...                                    | no_content
        Далі буде...                               | hallucination_phrase
        Продовження буде.                          | hallucination_phrase
        Продолжение будет...                       | hallucination_phrase
        Ciąg dalszy nastąpi                        | hallucination_phrase
        Wordt vervolgd                             | hallucination_phrase
        Всем пока!                                 | hallucination_phrase
        Пока-пока                                  | hallucination_phrase
        مع السلامة، إلى اللقاء                     | hallucination_phrase
        Bye bye, see you later                     | hallucination_phrase
        להתראות, נתראה                             | hallucination_phrase
        Adiós, hasta luego                         | hallucination_phrase
        Tschüss, bis bald                          | hallucination_phrase
        До побачення                               | hallucination_phrase
        Bis zum nächsten Mal, tschüss              | hallucination_phrase
        À la prochaine !                           | hallucination_phrase
        Hasta la próxima                           | hallucination_phrase
        До следующего раза!                        | hallucination_phrase
        עד הפעם הבאה                               | hallucination_phrase
        إلى المرة القادمة                          | hallucination_phrase
        Until next time!                           | hallucination_phrase
        Alla prossima                              | hallucination_phrase
        Hello everyone, welcome back to my channel | video_outro
        שלום לכולם וברוכים הבאים לערוץ שלי         | video_outro
        Всем привет, добро пожаловать на мой канал | video_outro
        Bienvenue sur ma chaîne                    | video_outro
        أهلا بكم في قناتي                          | video_outro
        Hola a todos y bienvenidos a un nuevo episodio | video_outro
        Herzlich willkommen zu einer neuen Folge   | video_outro
        N'oubliez pas de vous abonner              | video_outro
        No olvides suscribirte al canal            | video_outro
        Non dimenticate d'iscrivervi al canale     | video_outro
        تمت الترجمة بواسطة أحمد                    | video_outro
        Subtitles and translation by Dana          | video_outro
        Corrector: Juan Pérez                      | video_outro
        סונכרן על ידי אבי                          | video_outro
        Révision : Claire                          | video_outro
        Всем спасибо!                              | hallucination_phrase
        תודה רבה לכולם                             | hallucination_phrase
        Merci à tous.                              | hallucination_phrase
        Danke euch allen!                          | hallucination_phrase
        Thank you all.                             | hallucination_phrase
        شكرا لكم                                   | hallucination_phrase
        Всего доброго!                             | hallucination_phrase
        Всего хорошего, до свидания.               | hallucination_phrase
        До скорых встреч!                          | hallucination_phrase
        Всього найкращого!                         | hallucination_phrase
        Take care, bye                             | hallucination_phrase
        Bonne journée à tous                       | hallucination_phrase
        שלום וברכה                                 | hallucination_phrase
        כל טוב, להתראות                            | hallucination_phrase
        السلام عليكم                               | hallucination_phrase
        وعليكم السلام ورحمة الله وبركاته           | hallucination_phrase
        يعطيك العافية                              | hallucination_phrase
        С вами был Иван Петров.                    | hallucination_phrase
        Ммм... ммм...                              | no_content
        Эээ... эээ... эээ...                       | no_content
        אה... אה... אה...                          | no_content
        ааа ааа ааа                                | no_content
        Euh... euh...                              | no_content
        Ähm, äh, ähm                               | no_content
        اممم... اه...                              | no_content
        Um, uh, hmm                                | no_content
        Начало записи.                             | hallucination_phrase
        Тестовая запись                            | hallucination_phrase
        End of recording.                          | hallucination_phrase
        Sound check.                               | hallucination_phrase
        סוף ההקלטה                                 | hallucination_phrase
        نهاية التسجيل                              | hallucination_phrase
        Fin de l'enregistrement.                   | hallucination_phrase
        Thanks a lot.                              | hallucination_phrase
        Thank you so much!                         | hallucination_phrase
        Much appreciated.                          | hallucination_phrase
        Большое спасибо!                           | hallucination_phrase
        Merci bien.                                | hallucination_phrase
        Mil gracias.                               | hallucination_phrase
        شكرا جزيلا لكم                             | hallucination_phrase
        I'm sorry.                                 | hallucination_phrase
        Извините.                                  | no_content
        שבת שלום                                   | hallucination_phrase
        לילה טוב                                   | hallucination_phrase
        Спокойной ночи!                            | hallucination_phrase
        Good night.                                | hallucination_phrase
        تصبحون على خير                             | hallucination_phrase
        Bonne nuit.                                | hallucination_phrase
        Bon ben voilà.                             | hallucination_phrase
        До свидания, друзья!                       | hallucination_phrase
        Goodbye, my friends.                       | video_outro
        להתראות חברים                              | hallucination_phrase
        مع السلامة يا شباب                         | hallucination_phrase
        Au revoir les amis !                       | hallucination_phrase
        اشتركو في القناه                           | video_outro
        شكرا علي المشاهده                          | video_outro
        لايك واشتراك                               | video_outro
        Follow us on Instagram.                    | hallucination_phrase
        تابعونا على انستغرام                       | hallucination_phrase
        עקבו אחרינו באינסטגרם                      | hallucination_phrase
        Подписывайтесь на наш инстаграм            | video_outro
        Síguenos en TikTok                         | hallucination_phrase
        The translator for the channel             | video_outro
        Переводчик: Анна                           | video_outro
        המתרגם: יוסי                               | video_outro
        المترجم: سامي                              | video_outro
        Traducteur : Paul                          | video_outro
        Copyright 2023                             | video_outro
        © 2021 Радио Свобода                       | video_outro
        Check out the link in the description.     | video_outro
        Ссылка в описании.                         | video_outro
        הקישור בתיאור                              | video_outro
        الرابط في الوصف                            | video_outro
        Link en la descripción                     | video_outro
        Thanks so much, everyone!                  | hallucination_phrase
        Have a great day.                          | hallucination_phrase
        Kind regards, bye.                         | hallucination_phrase
        Good luck, everybody.                      | hallucination_phrase
        בהצלחה לכולם                               | hallucination_phrase
        לילה טוב וחג שמח                           | hallucination_phrase
        המון תודה לכולם                            | hallucination_phrase
        Всем хорошего дня!                         | hallucination_phrase
        Удачи всем, пока!                          | hallucination_phrase
        Спасибо вам огромное, до свидания          | hallucination_phrase
        شكرا جزيلا يا شباب                         | hallucination_phrase
        صباح الخير يا جماعة                        | hallucination_phrase
        Bonne soirée et merci.                     | hallucination_phrase
        Muchas gracias a todos, buenas noches.     | hallucination_phrase
        Vielen Dank euch allen, tschüss!           | hallucination_phrase
        Grazie a tutti, buonanotte.                | hallucination_phrase
        Дякую всім, гарного дня!                   | hallucination_phrase
        بسم الله الرحمن الرحيم                     | hallucination_phrase
        الحمد لله رب العالمين                      | hallucination_phrase
        صلى الله عليه وسلم                         | hallucination_phrase
        استغفر الله العظيم                         | hallucination_phrase
        لا إله إلا الله                            | hallucination_phrase
        ברוך השם                                   | hallucination_phrase
        ברוכים הבאים                               | hallucination_phrase
        שנה טובה ומתוקה                            | hallucination_phrase
        That's all for today.                      | hallucination_phrase
        That's it for today, guys.                 | hallucination_phrase
        And that's it.                             | hallucination_phrase
        The end.                                   | hallucination_phrase
        Oh my god.                                 | hallucination_phrase
        Here we go!                                | hallucination_phrase
        На этом всё.                               | hallucination_phrase
        Вот и всё.                                 | hallucination_phrase
        Всё, пока.                                 | hallucination_phrase
        C'est tout pour aujourd'hui.               | hallucination_phrase
        Eso es todo por hoy.                       | hallucination_phrase
        Das war's für heute.                       | hallucination_phrase
        זהו, זה הכל להיום                          | hallucination_phrase
        هذا كل شيء لليوم                           | hallucination_phrase
        Дзинь-дзинь                                | sound_annotation
        Тук-тук                                    | sound_annotation
        Tick tock tick tock                        | sound_annotation
        Ding dong                                  | sound_annotation
        תמלול: דנה כהן                              | video_outro
        תומלל על ידי יוסי                           | video_outro
        Транскрипция: Иван                         | video_outro
        تفريغ: سامي                                | video_outro
        نشترك في القناة                            | video_outro
        يشترك في قناتنا                            | video_outro
        تابعونا                                    | no_content
        تابعونا على القناة                         | hallucination_phrase
        עקבו אחרינו                                | hallucination_phrase
        Follow us!                                 | hallucination_phrase
        تفعيل الجرس                                | video_outro
        فعلوا الجرس                                | video_outro
        Активируйте колокольчик                    | video_outro
        مشاهدة ممتعة                               | hallucination_phrase
        Приятного просмотра!                       | hallucination_phrase
        Enjoy the video!                           | hallucination_phrase
        Bon visionnage !                           | hallucination_phrase
        Смотреть до конца                          | hallucination_phrase
        Watch till the end!                        | hallucination_phrase
        צפו עד הסוף                                | hallucination_phrase
        Добавляйте в закладки                      | video_outro
        Bookmark this video                        | video_outro
        أضيفوا الفيديو إلى المفضلة                 | video_outro
        End of transcript.                         | hallucination_phrase
        Transcript end                             | hallucination_phrase
        סוף התמלול                                 | hallucination_phrase
        Конец расшифровки                          | hallucination_phrase
        Merci de vous être abonné !                | video_outro
        Merci d'avoir écouté.                      | video_outro
        Société Radio-Canada                       | video_outro
        Gracias por suscribirte                    | video_outro
        Підписуйся на наш канал!                   | video_outro
        Не забудьте підписатися на канал           | video_outro
        Ставте вподобайки та коментуйте!           | video_outro
        Вказуйте свої питання в коментарях         | video_outro
        Дякуємо, що дивилися!                      | video_outro
        Дякуємо за увагу!                          | video_outro
        שבוע טוב לכולם                             | hallucination_phrase
        שיהיה לכם יום טוב                          | hallucination_phrase
        שתהיה לכם שבת שלום                         | hallucination_phrase
        it... it... it...                          | repetition
        לא לא לא                                   | repetition
        Да. Да. Да.                                | repetition
        لا لا لا                                   | repetition
        """)
    void caughtWhateverItsWording(String text, String reason) {
        GibberishVerdict verdict = check(text.strip());

        assertThat(verdict.gibberish()).as(verdict.toString()).isTrue();
        assertThat(verdict.reasonCode()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        שלום, (צוחק) אני מתקשר לגבי הדירה ברמת גן, אפשר לחזור אליי?
        המספר שלי הוא 054 555 12 34, תחזרו אליי בבקשה
        התקציב הוא 2,500,000 שקל, 4 חדרים, קומה 3 עם מעלית
        my email is dana@gmail.com, please send me the details of the apartment
        Bonjour, je vous appelle de la part de [l'agence] pour l'appartement à Netanya, rappelez-moi.
        I saw the listing on YouTube, the one with subtitles, and I want to ask about the parking and the storage room
        Hi, this is Dana from NYC, call me back about the flat, OK?
        דירת 3 חדרים, 4 חדרים או 5 חדרים, העיקר שתהיה חניה
        HELLO, I NEED A TWO BEDROOM APARTMENT IN TEL AVIV, CALL ME BACK
        ЗДРАВСТВУЙТЕ, Я ПО ПОВОДУ КВАРТИРЫ В БАТ-ЯМЕ, ПЕРЕЗВОНИТЕ
        ההמשך יבוא כשנדבר מחר על החוזה, אני צריך לחשוב על המחיר
        The story continues next week when I sign the lease, call me back about the parking
        כן, מחר בחמש ליד הבניין, להתראות
        Хорошо, до встречи в пятницу у дома
        مع السلامة، بشوفك بكرا عند الشقة
        OK, see you later at the flat then
        עד הפעם הבאה שנדבר על החוזה, להתראות
        Until next time then, I'll call you on Sunday about the lease
        Welcome, I'm calling about the video of the flat in Haifa, call me back
        Добро пожаловать! Я видел видео квартиры, перезвоните мне
        السلام عليكم، بدي أسأل عن الشقة اللي بحيفا، اتصل فيي
        שלום וברכה, אני מתקשר לגבי הדירה ברחוב הרצל
        Всего доброго, жду звонка насчёт квартиры
        Thank you all, I'll send the contract to the office tomorrow
        Эээ, я по поводу квартиры, ммм, на Герцля
        אה, כן, אממ, לגבי הדירה בחיפה
        Проверка связи, вы меня слышите? Я по поводу квартиры
        My number is oh five four, one two three, four five six seven
        Thanks a lot, I'll call you on Sunday about the lease
        I'm sorry, I missed your call, is the flat still free?
        שבת שלום, אפשר לבוא לראות את הדירה במוצאי שבת?
        Write me on Telegram about the apartment please
        I saw the flat on Instagram, is it still available?
        ראיתי את הדירה בפייסבוק, תחזור אליי
        The translator for the contract is ready, call me
        Check the description of the flat and call me back
        לא לא לא, אני רוצה שלושה חדרים, לא שניים
        Good morning, I'm calling about the flat
        Thanks, see you tomorrow at the flat
        שלום, בוקר טוב, אני מחפש דירה
        בוקר טוב, נתראה מחר
        Спасибо, до завтра
        Danke, bis morgen
        Thanks so much, bye, call me back
        Have a great day, the keys are with the neighbour
        شكرا كتير، بشوفك بكرا
        Buenas noches, ¿sigue disponible?
        זהו, זה הכל, אני מחכה לטלפון ממך לגבי הדירה
        That's all I wanted to ask about the flat, call me back
        Вот и всё, что я хотел спросить про квартиру, перезвоните
        الحمد لله، لقيت شقة، شكرا
        Here we go again, the landlord wants more rent
        Тук-тук, это я, соседка, насчёт квартиры
        We subtitled the presentation video, it's done.
        On a sous-titré la vidéo de présentation, c'est fait.
        הוספנו כתוביות לסרטון של הדירה, תראה
        Мы сделали субтитры к видео квартиры, посмотрите
        Merci, je vous écoute
        انا مشترك في نادي رياضي
        Follow the signs to the parking, the flat is on the left
        Треба підписати договір до п'ятниці, передзвоніть
        נתראה בשבוע הבא בדירה
        שיהיה לך יום טוב, אני אחזור אליך לגבי המחיר
        مرحبا، شاهدت فيديو الشقة في حيفا، اتصل بي
        Bienvenue ! J'ai vu la vidéo de l'appartement, rappelez-moi
        Translation of the contract is ready, call me back
        ترجمة العقد جاهزة، اتصل بي
        Перевод договора готов, перезвоните мне
        תרגום החוזה מוכן, תחזור אליי
        Traduction du contrat prête, rappelez-moi
        """)
    void realCallsThatLookLikeThemStaySpeech(String text) {
        GibberishVerdict verdict = check(text.strip());

        assertThat(verdict.gibberish()).as(verdict.toString()).isFalse();
    }
}
