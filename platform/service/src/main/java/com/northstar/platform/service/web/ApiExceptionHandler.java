package com.northstar.platform.service.web;

import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.error.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * The one exception-to-envelope mapping: what went wrong decides the HTTP status and the message, and the seed of
 * the controller ({@link SeedApi}, else {@code platform.seed}) decides the envelope. Client mistakes name the
 * field; internal failures are logged and answered without detail, never with a stack trace.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Seed defaultSeed;

    public ApiExceptionHandler(Seed defaultSeed) {
        this.defaultSeed = defaultSeed;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> apiException(ApiException e, HttpServletRequest request) {
        return respond(request, e.httpStatus(), e.code(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return badRequest(request, RequestBodyProblem.describe(e));
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<Object> invalid(BindException e, HttpServletRequest request) {
        String message = e.getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(ApiExceptionHandler::describe)
                .collect(Collectors.joining("; "));
        if (message.isEmpty()) {
            message = e.getAllErrors().stream().map(error -> error.getDefaultMessage())
                    .collect(Collectors.joining("; "));
        }
        return badRequest(request, message);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Object> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        String message = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> result.getMethodParameter().getParameterName() + ": " + error.getDefaultMessage()))
                .collect(Collectors.joining("; "));
        return badRequest(request, message);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Object> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return badRequest(request, "missing required field " + e.getParameterName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Object> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return badRequest(request, "missing required field " + e.getRequestPartName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return badRequest(request, "field " + e.getName() + " has the wrong type");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Object> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return badRequest(request, "missing header " + e.getHeaderName());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(request, 415, 415, "unsupported content type " + e.getContentType());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(request, 405, 405, "method " + e.getMethod() + " is not allowed here");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(request, 413, 413, "upload too large");
    }

    /** No operation and no resource at the path: 404 in the service's seed, as the error controller answers it. */
    @ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
    ResponseEntity<Object> noSuchPath(Exception e, HttpServletRequest request) {
        return respond(request, 404, 404, "not found");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        HandlerMethod handler = handlerOf(request);
        log.error("unhandled failure in {}", handler == null ? request.getRequestURI() : handler.getShortLogMessage(), e);
        return respond(request, 500, 500, "internal error");
    }

    private ResponseEntity<Object> badRequest(HttpServletRequest request, String message) {
        return respond(request, 400, 400, message);
    }

    private ResponseEntity<Object> respond(HttpServletRequest request, int httpStatus, int code, String message) {
        return ResponseEntity.status(HttpStatus.valueOf(httpStatus)).contentType(MediaType.APPLICATION_JSON)
                .body(seedOf(handlerOf(request)).failure(code, message));
    }

    /**
     * The handler the request was mapped to, or null when it failed before mapping (an upload over the limit, no
     * such path): such failures are answered in the service's own seed. Taken from the request rather than as an
     * argument, which Spring cannot supply without a handler.
     */
    private static HandlerMethod handlerOf(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                ? handler : null;
    }

    private Seed seedOf(HandlerMethod handler) {
        if (handler != null) {
            SeedApi seedApi = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), SeedApi.class);
            if (seedApi != null) {
                return seedApi.value();
            }
        }
        return defaultSeed;
    }

    private static String describe(FieldError error) {
        if (error.getRejectedValue() == null) {
            return "missing required field " + error.getField();
        }
        return "field " + error.getField() + " " + error.getDefaultMessage();
    }

    /** Turns Jackson's reading failures into a message naming the field, without echoing the input. */
    static final class RequestBodyProblem {

        private RequestBodyProblem() {
        }

        static String describe(HttpMessageNotReadableException e) {
            Throwable cause = e.getMostSpecificCause();
            if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
                String field = databind.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
                return "field " + field + " has an invalid value";
            }
            if (cause instanceof JacksonException) {
                return "malformed JSON body";
            }
            return "request body is missing or unreadable";
        }
    }
}
