package com.northstar.dev.weichuang.support;

import com.northstar.platform.core.envelope.KopFailure;
import com.northstar.platform.core.error.ApiException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every refusal in the KOP failure envelope, as Weichuang answers. */
@RestControllerAdvice
class KopFailureHandler {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<KopFailure> refused(ApiException failure) {
        return ResponseEntity.status(failure.httpStatus()).body(new KopFailure(failure.code(), failure.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<KopFailure> unreadable(HttpMessageNotReadableException failure) {
        return ResponseEntity.badRequest().body(new KopFailure(400, "malformed JSON body"));
    }
}
