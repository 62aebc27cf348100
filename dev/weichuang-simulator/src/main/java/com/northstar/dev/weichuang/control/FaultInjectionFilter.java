package com.northstar.dev.weichuang.control;

import com.northstar.dev.weichuang.control.Fault.Mode;
import com.northstar.platform.core.envelope.KopFailure;
import com.northstar.platform.core.time.WireDates;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/** Records every call of Weichuang's API and applies the fault injected for its path, if any. */
@Component
class FaultInjectionFilter extends OncePerRequestFilter {

    private final FaultsAndCalls faultsAndCalls;
    private final JsonMapper json;

    FaultInjectionFilter(FaultsAndCalls faultsAndCalls, JsonMapper json) {
        this.faultsAndCalls = faultsAndCalls;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/wc/") || path.startsWith(ControlController.PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String receivedAt = WireDates.format(LocalDateTime.now(WireDates.ZONE));
        byte[] body = request.getInputStream().readAllBytes();
        HttpServletRequest replayable = new ReplayableBody(request, body);
        Optional<Fault> fault = faultsAndCalls.take(request.getRequestURI());
        Mode mode = fault.map(Fault::mode).orElse(null);

        if (mode == Mode.FAIL) {
            fail(response, 500, "injected failure");
        } else if (mode == Mode.DUPLICATE) {
            ContentCachingResponseWrapper discarded = new ContentCachingResponseWrapper(response);
            chain.doFilter(replayable, discarded);
            fail(response, 409, "duplicate request: already processed");
        } else {
            if (mode == Mode.SLOW) {
                pause(fault.get().delayMs());
            }
            chain.doFilter(replayable, response);
        }
        faultsAndCalls.record(new RecordedCall(receivedAt, request.getMethod(), request.getRequestURI(),
                headers(request), new String(body, StandardCharsets.UTF_8), mode == null ? null : mode.name(),
                response.getStatus()));
    }

    private void fail(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(new KopFailure(status, message)));
    }

    private static void pause(long delayMs) {
        try {
            Thread.sleep(delayMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, request.getHeader(name));
        }
        return headers;
    }

    /** The request with its body already read, so it can be both recorded and handled. */
    private static final class ReplayableBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayableBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }
    }
}
