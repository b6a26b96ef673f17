package org.lifecircle.coverage.report;

/** CSV field quoting (RFC 4180): quoted when it holds a comma, quote, or line break. */
final class Csv {

    private Csv() {
    }

    static String field(String s) {
        if (s == null) return "";
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
