package com.northstar.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An HTTP/1.1 request written by hand, so that a test controls exactly how much of a body is ever sent: it
 * declares a body, sends only a part of it, and waits for the answer. If the gateway waited for the rest, the
 * answer would never come.
 */
public final class RawHttp {

    private static final int ANSWER_TIMEOUT_MILLIS = 5_000;

    private RawHttp() {
    }

    /**
     * @param headers    request headers besides Host and Connection
     * @param bodyPrefix the only part of the declared body that is sent
     */
    public static Answer sendPartially(int port, String method, String path, Map<String, String> headers,
            byte[] bodyPrefix) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(ANSWER_TIMEOUT_MILLIS);
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: localhost\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bodyPrefix);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            for (int n; (n = in.read(chunk)) > 0; ) {
                received.write(chunk, 0, n);
                Answer answer = Answer.parse(received.toString(StandardCharsets.UTF_8), false);
                if (answer != null) {
                    return Answer.parse(received.toString(StandardCharsets.UTF_8), closedAfterAnswer(in));
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no complete answer within " + ANSWER_TIMEOUT_MILLIS + " ms, received: "
                    + received.toString(StandardCharsets.UTF_8), e);
        }
        throw new AssertionError("connection closed before a complete answer: " + received);
    }

    /** True when the server closes the connection after its answer instead of waiting for the rest of the body. */
    private static boolean closedAfterAnswer(InputStream in) throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }

    /**
     * The status and body of an answer with a Content-Length.
     *
     * @param connectionClosed whether the server closed the connection after answering
     */
    public record Answer(int status, String head, String body, boolean connectionClosed) {

        static Answer parse(String text, boolean connectionClosed) {
            int headEnd = text.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                return null;
            }
            String head = text.substring(0, headEnd);
            int status = Integer.parseInt(head.substring(9, 12));
            int length = 0;
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            String body = text.substring(headEnd + 4);
            return body.getBytes(StandardCharsets.UTF_8).length < length ? null
                    : new Answer(status, head, body, connectionClosed);
        }
    }
}
