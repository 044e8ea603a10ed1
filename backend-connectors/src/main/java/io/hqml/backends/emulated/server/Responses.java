package io.hqml.backends.emulated.server;

import com.sun.net.httpserver.HttpExchange;
import io.hqml.backends.internal.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes JSON responses and IBM-shaped error containers. */
final class Responses {
    private Responses() {
    }

    /** A response the handler decided on: status, body (null for none) and extra headers. */
    record Reply(int status, String body, Map<String, String> headers) {
        static Reply json(int status, Object body) {
            return new Reply(status, Json.write(body), Map.of());
        }

        static Reply empty(int status) {
            return new Reply(status, null, Map.of());
        }

        static Reply error(int status, String trace, String code, String message) {
            return error(status, trace, code, message, Map.of());
        }

        /** {@code {"trace":..., "errors":[{"code","message","more_info", ...extra}]}}. */
        static Reply error(int status, String trace, String code, String message, Map<String, Object> extra) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("code", code);
            e.put("message", message);
            e.put("more_info", "");
            e.putAll(extra);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("trace", trace);
            body.put("errors", List.of(e));
            return new Reply(status, Json.write(body), Map.of());
        }

        Reply withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, body, h);
        }
    }

    static void send(HttpExchange ex, Reply reply) throws IOException {
        reply.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        if (reply.body() == null) {
            ex.sendResponseHeaders(reply.status(), -1);
            ex.close();
            return;
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
