package com.northstar.platform.service.web;

import com.northstar.platform.core.envelope.Seed;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers what never reached an operation (an unknown path, a failure in a filter) in the service's seed
 * envelope instead of Spring's default error body. Hidden from the OpenAPI documents: it is no operation.
 */
@Hidden
@RestController
public class SeedErrorController implements ErrorController {

    private final Seed seed;

    public SeedErrorController(Seed seed) {
        this.seed = seed;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        String message = status.is5xxServerError() ? "internal error" : status.getReasonPhrase().toLowerCase();
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(seed.failure(status.value(), message));
    }
}
