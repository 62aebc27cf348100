package com.northstar.dev.weichuang.control;

import com.northstar.dev.weichuang.control.Fault.Mode;
import com.northstar.dev.weichuang.signature.PartnerSignatures;
import com.northstar.dev.weichuang.signature.PartnerSignatures.Refusal;
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
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every call of Weichuang's API, refuses those not signed by a partner, and applies the fault injected for
 * its path, if any, to the others.
 */
@Component
class FaultInjectionFilter extends OncePerRequestFilter {

    private final FaultsAndCalls faultsAndCalls;
    private final PartnerSignatures signatures;
    private final JsonMapper json;

    FaultInjectionFilter(FaultsAndCalls faultsAndCalls, PartnerSignatures signatures, JsonMapper json) {
        this.faultsAndCalls = faultsAndCalls;
        this.signatures = signatures;
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
        RecordedCall.Received call = new RecordedCall.Received(receivedAt, request.getMethod(), request.getRequestURI(),
                headers(request), new String(body, StandardCharsets.UTF_8));
        Optional<Refusal> refusal = signatures.check(request.getMethod(), request.getRequestURI(), request::getHeader,
                body);
        if (refusal.isPresent()) {
            // Refused before any fault is taken: the fault waits for the next call Weichuang accepts.
            answer(response, refusal.get().status(), refusal.get().reason());
            faultsAndCalls.record(call.notCarriedOut(null, response.getStatus()));
            return;
        }
        Fault fault = faultsAndCalls.take(request.getRequestURI()).orElse(null);
        Mode mode = fault == null ? null : fault.mode();
        if (mode == Mode.FAIL) {
            answer(response, 500, "injected failure");
            faultsAndCalls.record(call.notCarriedOut(mode, response.getStatus()));
            return;
        }
        if (mode == Mode.SLOW) {
            faultsAndCalls.holdBack(fault.delayMs());
        }
        ContentCachingResponseWrapper handled = new ContentCachingResponseWrapper(response);
        chain.doFilter(new ReplayableBody(request, body), handled);
        boolean carriedOut = HttpStatusCode.valueOf(handled.getStatus()).is2xxSuccessful();
        if (mode == Mode.DUPLICATE) {
            answer(response, 409, "duplicate request: already processed");
            faultsAndCalls.record(call.handled(mode, carriedOut, response.getStatus()));
            return;
        }
        // Recorded before a TIMEOUT or RESET: the call shows as soon as it is carried out, its answer still kept back.
        faultsAndCalls.record(call.handled(mode, carriedOut, handled.getStatus()));
        if (mode == Mode.RESET) {
            ConnectionDropping.mark(request);
            return;
        }
        if (mode == Mode.TIMEOUT) {
            faultsAndCalls.holdBack(fault.delayMs());
        }
        try {
            handled.copyBodyToResponse();
        } catch (IOException callerGone) {
            // After a TIMEOUT the caller has usually given up and closed the connection: nobody is left to answer.
            if (mode != Mode.TIMEOUT) {
                throw callerGone;
            }
        }
    }

    private void answer(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(new KopFailure(status, message)));
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
