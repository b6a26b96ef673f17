package org.lifecircle.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * FEATURE UNDER TEST: the login page passes a Content-Security-Policy of {@code script-src 'self';
 * style-src 'self'} (issue #18 item 6): no inline script, no script without {@code src}, no
 * {@code <style>} element, no {@code style=} or {@code on…=} attribute, no {@code javascript:} URL.
 */
class LoginPageCspTest {

    @Test
    void theLoginPageHasNoInlineScriptOrStyle() throws Exception {
        String html = Files.readString(Path.of("web", "login.html"));
        Matcher scripts = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE).matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertFalse(scripts.group(1).indexOf("src=") < 0, "a script without src: " + scripts.group());
            assertEquals("", scripts.group(2).strip(), "an inline script body");
        }
        assertEquals(1, count, "login.js only");
        for (String forbidden : List.of("<style", " style=", "javascript:")) {
            assertFalse(html.toLowerCase().contains(forbidden), forbidden);
        }
        assertFalse(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "an inline event handler");
    }
}
