package com.northstar.auth.security;

import com.northstar.platform.core.envelope.KopFailure;
import com.northstar.platform.core.error.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The accounts API's failures in seed 000's envelope: the caller's fault 4xx with its reason, ours 500 without. */
@RestControllerAdvice(basePackages = {"com.northstar.auth.account", "com.northstar.auth.audit"})
class OpsApiErrors {

    private static final Logger log = LoggerFactory.getLogger(OpsApiErrors.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<KopFailure> refused(ApiException e) {
        return ResponseEntity.status(e.httpStatus()).body(new KopFailure(e.code(), e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<KopFailure> invalid(MethodArgumentNotValidException e) {
        String field = e.getBindingResult().getFieldError() == null ? "body"
                : e.getBindingResult().getFieldError().getField();
        return ResponseEntity.badRequest().body(new KopFailure(400, field + ": invalid"));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<KopFailure> unreadable(Exception e) {
        return ResponseEntity.badRequest().body(new KopFailure(400, "malformed request"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<KopFailure> failed(Exception e) {
        log.error("Accounts API failed", e);
        return ResponseEntity.internalServerError().body(new KopFailure(500, "internal error"));
    }
}
