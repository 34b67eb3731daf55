package io.callpipeline.springai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One openai-java on a host's class path: Spring AI's OpenAI module asks for an older one than ours, and Maven
 * picks the nearer; the parent and the BOM pin ours. This class path has both modules, as a host's has.
 */
class OpenAiVersionOnClassPathTest {

    private static final Pattern VERSION = Pattern.compile("<openai-java\\.version>([^<]+)</openai-java\\.version>");

    @Test
    void theOpenAiSdkOnTheClassPathIsTheOneTheParentAndTheBomPin() throws Exception {
        String parent = pinned(Path.of("..", "pom.xml"));
        String bom = pinned(Path.of("..", "callpipeline-bom", "pom.xml"));

        assertThat(bom).as("the BOM a host imports pins the version we build with").isEqualTo(parent);
        assertThat(loadedVersion("openai-java-core")).isEqualTo(parent);
        assertThat(loadedVersion("openai-java-client-okhttp")).isEqualTo(parent);
    }

    private static String pinned(Path pom) throws Exception {
        Matcher matcher = VERSION.matcher(Files.readString(pom));
        assertThat(matcher.find()).as("%s pins openai-java.version", pom).isTrue();
        return matcher.group(1);
    }

    private static String loadedVersion(String artifact) throws Exception {
        String resource = "META-INF/maven/com.openai/" + artifact + "/pom.properties";
        try (InputStream in = OpenAiVersionOnClassPathTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version");
            }
        }
        // no pom.properties in the jar: its path in the local repository names the version
        String jar = Class.forName(artifact.endsWith("okhttp") ? "com.openai.client.okhttp.OkHttpClient"
                : "com.openai.core.ClientOptions").getProtectionDomain().getCodeSource().getLocation().getPath();
        Matcher version = Pattern.compile(artifact + "-([^/]+)\\.jar$").matcher(jar);
        assertThat(version.find()).as("a versioned jar: %s", jar).isTrue();
        return version.group(1);
    }
}
